import { describe, expect, test } from 'vitest';
import encodeQR from '@paulmillr/qr';
import decodeQR from '@paulmillr/qr/decode.js';
import { Bitmap } from '@paulmillr/qr';
import { protocolFromPreset, withProtocol } from '../../src/clinic/apply-protocol';
import { CODE_PREFIX, protocolCode, protocolJson, readProtocol } from '../../src/clinic/protocol-code';
import { PROTOCOL_FORMAT, type Protocol } from '../../src/clinic/protocol-schema';
import { QR_OPTIONS } from '../../src/clinic/qr-options';
import { WINDOW_KEYS } from '../../src/window/keys';
import { TreatmentSchema } from '../../src/window/treatment';
import * as v from 'valibot';
import { treatment } from '../window/helpers';

const laser: Protocol = {
  format: PROTOCOL_FORMAT,
  version: 1,
  clinic: { name: 'Harbour Skin Clinic', phone: '+44 20 7946 0000' },
  treatment: { type: 'laser-resurfacing', preset: 'laser-non-ablative-fractional' },
  windows: { 'vitamin-c': { kind: 'days', days: 7 }, makeup: { kind: 'hours', hours: 48 } },
  avoid: [{ name: 'Niacinamide', window: { kind: 'days', days: 7 } }],
  wayBack: { enabled: true, spacingDays: 5 },
  notes: 'SPF 50 from day 2.',
  whenToCall: ['Blisters that grow after day 2'],
};

// The most a clinic sheet is likely to carry: every family and makeup, 40 single names, a note
// and the when-to-call items at their limit.
const big: Protocol = {
  format: PROTOCOL_FORMAT,
  version: 1,
  clinic: { name: 'Harbour Skin Clinic and Laser Centre', phone: '+44 (0)20 7946 0000' },
  treatment: { type: 'microneedling', depthMm: 1.5 },
  windows: Object.fromEntries(WINDOW_KEYS.map((k, i) => [k, { kind: 'days', days: 5 + i }])),
  avoid: Array.from({ length: 40 }, (_, i) => ({
    name: `${['Niacinamide', 'Tocopherol', 'Azelaic Acid', 'Hydroquinone', 'Kojic Acid'][i % 5]} ${i}`,
    window: i % 3 ? { kind: 'days' as const, days: 3 + (i % 11) } : { kind: 'until-cleared' as const },
  })),
  notes:
    'Use only the post-care balm for 3 days. SPF 50 every morning from day 2; no sauna or swimming for a week.',
  whenToCall: Array.from({ length: 12 }, (_, i) => `Sign ${i}: redness that spreads past the treated area`),
};

describe('a protocol survives export and import unchanged', () => {
  test.each([
    ['laser', laser],
    ['40 names', big],
    ['the bare preset', { ...protocolFromPreset('chemical-peel', null), clinic: { name: 'A' } }],
  ])('%s, by code and by file', async (_name, protocol) => {
    const code = await protocolCode(protocol);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(await readProtocol(code)).toEqual({ ok: true, protocol });
    expect(await readProtocol(protocolJson(protocol))).toEqual({ ok: true, protocol });
  });

  test('a printed code read back with its line breaks and spaces', async () => {
    const code = await protocolCode(laser);
    const printed = code.match(/.{1,40}/g)?.join('\n  ') ?? '';
    expect(await readProtocol(` ${printed} `)).toEqual({ ok: true, protocol: laser });
  });

  test('a 40-name protocol fits a printable code and a QR code that decodes to it', async () => {
    const code = await protocolCode(big);
    // About a third of a page of text; a QR code of version 40 holds 2,331 bytes at level M.
    expect(code.length).toBeLessThan(1400);
    const bits = encodeQR(code, 'raw', QR_OPTIONS);
    expect(bits.length).toBeLessThanOrEqual(4 * 40 + 17 + 2 * (QR_OPTIONS.border ?? 2));
    const bitmap = new Bitmap({ width: bits[0]?.length ?? 0, height: bits.length });
    bitmap.data = bits;
    const scaled = bitmap.scale(4);
    expect(decodeQR(scaled.toImage())).toBe(code);
  });
});

describe('bad, cut-short and newer inputs are refused with a reason', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello there', 'not-a-code'],
    ['AL1:@@@', 'not-a-code'],
    ['{"version": 1, "treatments": []}', 'not-a-protocol'],
    ['{"format": "aftercare-lens/clinic-protocol", "version": 1', 'damaged'],
    ['AL1:AAAA', 'damaged'],
  ])('%j: %s', async (input, code) => {
    const read = await readProtocol(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.code).toBe(code);
  });

  test('a truncated code', async () => {
    const code = await protocolCode(big);
    for (const cut of [8, Math.floor(code.length / 2), code.length - 3]) {
      const read = await readProtocol(code.slice(0, cut));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(['damaged', 'not-a-code']).toContain(read.problem.code);
    }
  });

  test('a newer format, as a file and as a code', async () => {
    expect(await readProtocol(JSON.stringify({ ...laser, version: 2, somethingNew: true }))).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: 2 },
    });
    expect(await readProtocol('AL2:abcdef')).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: 2 },
    });
  });

  test.each([
    [{ ...laser, clinic: { name: '' } }, 'clinic.name'],
    [{ ...laser, clinic: { name: 'X', phone: 'call us' } }, 'clinic.phone'],
    [{ ...laser, windows: { retinoid: { kind: 'days', days: 0 } } }, 'windows.retinoid.days'],
    [{ ...laser, windows: { retinol: { kind: 'days', days: 3 } } }, 'windows.retinol'],
    [{ ...laser, treatment: { type: 'chemical-peel', depthMm: 1 } }, 'treatment.depthMm'],
    [{ ...laser, treatment: { type: 'chemical-peel', preset: 'laser-ablative' } }, 'treatment.preset'],
    [{ ...laser, avoid: [{ name: 'X', window: { kind: 'weeks', weeks: 1 } }] }, 'avoid.0.window.kind'],
    [{ ...laser, wayBack: { enabled: true, spacingDays: 99 } }, 'wayBack.spacingDays'],
  ])('invalid at %#: %s', async (protocol, where) => {
    const read = await readProtocol(JSON.stringify(protocol));
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({ ok: false, problem: { code: 'invalid', problem: { path: where } } });
  });
});

describe('applying a protocol to a treatment', () => {
  const before = treatment({
    performedAt: '2026-12-01T10:00:00+01:00',
    timeZone: 'Europe/Berlin',
    type: 'microneedling',
    preset: 'microneedling-guide',
    overrides: { retinoid: { kind: 'off' } },
    avoidNames: [
      { name: 'Tea Tree Oil', window: { kind: 'days', days: 3 }, from: 'patient' },
      { name: 'Old Clinic Name', window: { kind: 'days', days: 3 }, from: 'clinic' },
    ],
  });
  const after = withProtocol(before, laser);

  test("the clinic decides type, preset and windows; the date and the patient's own names stay", () => {
    expect(after).toMatchObject({
      id: before.id,
      performedAt: before.performedAt,
      type: 'laser-resurfacing',
      depthMm: null,
      preset: 'laser-non-ablative-fractional',
      overrides: laser.windows,
      wayBack: { enabled: true, spacingDays: 5 },
      clinic: { name: 'Harbour Skin Clinic', phone: '+44 20 7946 0000', notes: 'SPF 50 from day 2.' },
    });
    expect(after.avoidNames?.map((a) => `${a.from}:${a.name}`)).toEqual([
      'clinic:Niacinamide',
      'patient:Tea Tree Oil',
    ]);
    expect(v.safeParse(TreatmentSchema, after).success).toBe(true);
  });

  test('the preset follows type and depth when the protocol names none', () => {
    expect(withProtocol(before, { ...big }).preset).toBe('microneedling-medical');
  });
});
