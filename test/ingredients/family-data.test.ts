import * as v from 'valibot';
import { RED_FLAGS } from '../../src/clinic/red-flags';
import { describe, expect, test } from 'vitest';
import labelWords from '../../ingredients/label-words.json';
import { RAW_BRANDS, RAW_FAMILIES, RAW_LIST_POSITION } from '../../src/ingredients/family-data';
import { SOURCES } from '../../src/ingredients/sources';
import {
  BrandsSchema,
  FAMILY_IDS,
  FamilySchema,
  type Family,
  ListPositionSchema,
  SourcesSchema,
} from '../../src/ingredients/family-schema';
import { nameKey } from '../../src/ingredients/name-key';
import { PLAN_FILE } from '../../src/routine/plans';

const families: Family[] = RAW_FAMILIES.map((raw) => v.parse(FamilySchema, raw));

describe('ingredient data', () => {
  test.each(RAW_FAMILIES.map((f) => [f.id, f] as const))('%s matches the schema', (_, raw) => {
    const result = v.safeParse(FamilySchema, raw);
    expect(result.success ? [] : v.flatten(result.issues)).toEqual([]);
  });

  test('there is one file per family, each id once', () => {
    expect(families.map((f) => f.id).sort()).toEqual([...FAMILY_IDS].sort());
  });

  test('sources and list-position rules match their schemas', () => {
    expect(v.safeParse(SourcesSchema, SOURCES).success).toBe(true);
    expect(v.safeParse(ListPositionSchema, RAW_LIST_POSITION).success).toBe(true);
  });

  test('no name belongs to two families, and no name repeats inside a family', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const family of families) {
      const inFamily = new Set<string>();
      const entries = [
        ...family.members.map((m) => ({ ...m, kind: 'member' })),
        ...family.notMembers.map((m) => ({ ...m, kind: 'look-alike' })),
      ];
      for (const entry of entries) {
        for (const name of [entry.name, ...entry.aliases]) {
          const key = nameKey(name);
          if (inFamily.has(key)) clashes.push(`${family.id}: "${name}" twice`);
          inFamily.add(key);
          if (entry.kind !== 'member') continue;
          const other = owner.get(key);
          if (other && other !== family.id) clashes.push(`"${name}" in ${other} and ${family.id}`);
          owner.set(key, family.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every entry cites a source that exists', () => {
    const missing: string[] = [];
    for (const family of families) {
      for (const id of family.sources) if (!(id in SOURCES)) missing.push(`${family.id}: ${id}`);
      for (const entry of [...family.members, ...family.notMembers, ...family.alternatives]) {
        if (!(entry.source in SOURCES))
          missing.push(`${family.id}/${'name' in entry ? entry.name : entry.suggestion}: ${entry.source}`);
      }
    }
    for (const rule of [
      RAW_LIST_POSITION.onePercentMarkers,
      RAW_LIST_POSITION.bufferPartners,
      RAW_LIST_POSITION.preservativePartners,
    ]) {
      if (!(rule.source in SOURCES)) missing.push(`list-position: ${rule.source}`);
    }
    expect(missing).toEqual([]);
  });

  test('every family has a reason in one sentence and a fallback alternative for any product', () => {
    for (const family of families) {
      expect(family.reason, family.id).toMatch(/^[A-Z][^]*\.$/);
      expect(
        family.alternatives.some((a) => a.productTypes.includes('any')),
        family.id,
      ).toBe(true);
    }
  });

  test('every member note names a note of its family, every note is used, and note ids are unique', () => {
    const problems: string[] = [];
    const owners = new Map<string, string>();
    for (const family of families) {
      const notes = family.notes ?? {};
      for (const id of Object.keys(notes)) {
        if (owners.has(id)) problems.push(`${id}: in ${owners.get(id)} and ${family.id}`);
        owners.set(id, family.id);
        if (!family.members.some((m) => m.note === id)) problems.push(`${family.id}: note ${id} unused`);
      }
      for (const member of family.members)
        if (member.note !== undefined && !(member.note in notes))
          problems.push(`${family.id}/${member.name}: no note ${member.note}`);
    }
    expect(problems).toEqual([]);
  });

  test('an alternative id names one suggestion: the same words wherever it is used', () => {
    const byId = new Map<string, Set<string>>();
    for (const a of families.flatMap((f) => f.alternatives))
      byId.set(a.id, new Set([...(byId.get(a.id) ?? []), a.suggestion]));
    const texts = [...byId.values()].flatMap((set) => [...set]);
    expect([...byId].filter(([, set]) => set.size > 1)).toEqual([]);
    // And one suggestion has one id.
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('the aftercare guide families are "avoid", the rest "caution"', () => {
    const levels = Object.fromEntries(families.map((f) => [f.id, [f.level, f.inGuide]]));
    expect(levels).toMatchObject({
      retinoid: ['avoid', true],
      aha: ['avoid', true],
      'benzoyl-peroxide': ['avoid', true],
      'harsh-surfactant': ['avoid', true],
      'physical-exfoliant': ['avoid', true],
      bha: ['caution', false],
      pha: ['caution', false],
      'vitamin-c': ['caution', false],
      fragrance: ['caution', false],
      'drying-alcohol': ['caution', false],
    });
  });

  test('retinoids and benzoyl peroxide are never read as trace', () => {
    for (const family of families.filter((f) => f.id === 'retinoid' || f.id === 'benzoyl-peroxide')) {
      expect(family.members.filter((m) => m.position !== 'never-trace').map((m) => m.name)).toEqual([]);
    }
  });

  test('every source is cited somewhere', () => {
    const cited = new Set<string>([
      ...families.flatMap((f) => [
        ...f.sources,
        ...f.members.map((m) => m.source),
        ...f.notMembers.map((m) => m.source),
        ...f.alternatives.map((a) => a.source),
      ]),
      RAW_LIST_POSITION.onePercentMarkers.source,
      RAW_LIST_POSITION.bufferPartners.source,
      RAW_LIST_POSITION.preservativePartners.source,
      RAW_LIST_POSITION.exfoliatingAcidGroup.source,
      ...RAW_BRANDS.map((b) => b.source),
      // The reintroduction plans (test/routine/plan-data.test.ts checks their ids exist).
      ...PLAN_FILE.orderSources,
      ...PLAN_FILE.healingCheck.sources,
      ...PLAN_FILE.plans.flatMap((p) => p.sources),
      // When to call the clinic (test/clinic/red-flags.test.ts checks their ids exist).
      ...RED_FLAGS.flatMap((f) => f.sources),
    ]);
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id))).toEqual([]);
  });

  test('drug brands match their schema, cite a source, and name medicines the data has', () => {
    const result = v.safeParse(BrandsSchema, { brands: RAW_BRANDS });
    expect(result.success ? [] : v.flatten(result.issues)).toEqual([]);
    const drugs = new Set(families.flatMap((f) => f.members.filter((m) => m.drug).map((m) => m.name)));
    const problems = RAW_BRANDS.flatMap((brand) => [
      ...(brand.source in SOURCES ? [] : [`${brand.name}: source ${brand.source}`]),
      ...brand.contains
        .filter((name) => !drugs.has(name))
        .map((name) => `${brand.name}: ${name} is no medicine`),
    ]);
    expect(problems).toEqual([]);
  });

  test('a brand is never also an ingredient name, and no brand name repeats', () => {
    const ingredientNames = new Set(
      families.flatMap((f) =>
        [...f.members, ...f.notMembers].flatMap((m) => [m.name, ...m.aliases].map(nameKey)),
      ),
    );
    const brandNames = RAW_BRANDS.flatMap((b) => [b.name, ...(b.aliases ?? [])].map(nameKey));
    expect(brandNames.filter((n) => ingredientNames.has(n))).toEqual([]);
    expect(brandNames.filter((n, i) => brandNames.indexOf(n) !== i)).toEqual([]);
  });

  test('the acid-group rule names exfoliating acids the data has, and their salts are no acids of the rule', () => {
    const members = new Set(families.flatMap((f) => f.members.map((m) => m.name)));
    const acids = Object.keys(RAW_LIST_POSITION.exfoliatingAcidGroup.acids);
    expect(acids.filter((a) => !members.has(a))).toEqual([]);
    expect(acids).not.toContain('Citric Acid');
    const salts = Object.values(RAW_LIST_POSITION.exfoliatingAcidGroup.acids).flat();
    expect(salts.filter((salt) => acids.includes(salt))).toEqual([]);
  });

  test('label words are unique within each group', () => {
    for (const [group, list] of Object.entries(labelWords)) {
      if (!Array.isArray(list)) continue;
      const keys = (list as string[]).map((w) => w.toLowerCase());
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        group,
      ).toEqual([]);
    }
  });
});
