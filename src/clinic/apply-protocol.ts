import { WINDOW_KEYS, type TreatmentType, type WindowKey, type WindowSetting } from '../window/keys';
import { presetById, presetFor } from '../window/presets';
import type { Treatment } from '../window/treatment';
import { PROTOCOL_FORMAT, PROTOCOL_VERSION, type Protocol } from './protocol-schema';

/**
 * A treatment with a clinic's protocol applied: the protocol's type, depth and preset; its
 * windows over the preset's (replacing the patient's own choices, as the clinician is the
 * authority); its names to avoid in place of an earlier clinic's, beside the patient's own; its
 * way back; and the clinic's name, phone, notes and when-to-call items. The date, zone and the
 * patient's healing-check answers stay. Pure.
 */
export function withProtocol(treatment: Treatment, protocol: Protocol): Treatment {
  const { type, depthMm, preset } = protocol.treatment;
  const depth = type === 'microneedling' ? (depthMm ?? null) : null;
  const { wayBack: _wayBack, clinic: _clinic, avoidNames: _avoidNames, ...kept } = treatment;
  const avoidNames = [
    ...protocol.avoid.map((entry) => ({ name: entry.name, window: entry.window, from: 'clinic' as const })),
    ...(treatment.avoidNames ?? []).filter((entry) => entry.from === 'patient'),
  ];
  return {
    ...kept,
    type,
    depthMm: depth,
    preset: preset ?? presetFor(type, depth).id,
    overrides: { ...protocol.windows },
    ...(avoidNames.length ? { avoidNames } : {}),
    ...(protocol.wayBack ? { wayBack: protocol.wayBack } : {}),
    clinic: {
      name: protocol.clinic.name,
      phone: protocol.clinic.phone ?? null,
      notes: protocol.notes ? protocol.notes : null,
      whenToCall: protocol.whenToCall,
    },
  };
}

/**
 * A protocol to start the clinic's editor from: the preset for a type and depth, every window
 * spelled out, no names, no notes. The clinic's name is left empty for the clinician to fill in.
 */
export function protocolFromPreset(type: TreatmentType, depthMm: number | null): Protocol {
  const preset = presetFor(type, depthMm);
  return {
    format: PROTOCOL_FORMAT,
    version: PROTOCOL_VERSION,
    clinic: { name: '' },
    treatment: {
      type,
      ...(type === 'microneedling' && depthMm !== null ? { depthMm } : {}),
      preset: preset.id,
    },
    windows: { ...preset.windows },
    avoid: [],
    whenToCall: [],
  };
}

/** The window a protocol gives a key: its own, else its preset's. */
export function protocolWindow(protocol: Protocol, key: WindowKey): WindowSetting {
  const preset = presetById(
    protocol.treatment.preset ?? presetFor(protocol.treatment.type, protocol.treatment.depthMm ?? null).id,
  );
  return protocol.windows[key] ?? preset.windows[key];
}

/** Every key's window, in the order the options page lists them. */
export function protocolWindows(protocol: Protocol): [WindowKey, WindowSetting][] {
  return WINDOW_KEYS.map((key) => [key, protocolWindow(protocol, key)]);
}

/** The phone number as a `tel:` address: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}
