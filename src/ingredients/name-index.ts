import type { Context, FamilyId, FamilyInput, Level, ListPosition, PositionRule } from './family-schema';
import { nameKey } from './name-key';
import { buildNearMissIndex, type NearMissIndex } from './near-miss';

/** A family member as the engine uses it: the data entry with its defaults filled in. */
export interface KnownMember {
  family: FamilyId;
  /** The INCI or drug name the data files it under. */
  name: string;
  level: Level;
  position: PositionRule;
  when: Context;
  note: string | null;
  /** A medicine's active (see `MemberSchema.drug`). */
  drug: boolean;
}

export type NameMatch =
  | { kind: 'member'; member: KnownMember }
  | { kind: 'not-member'; family: FamilyId; name: string; why: string };

export interface NameIndex {
  /** What a normalised name (see `nameKey`) is: a member, a known look-alike, or unknown. */
  lookup(key: string): NameMatch | undefined;
  /** As `lookup`, by the exact names only: no pattern, no typing slip. */
  exact(key: string): NameMatch | undefined;
  isOnePercentMarker(key: string): boolean;
  isBufferPartner(key: string): boolean;
  isPreservativePartner(key: string): boolean;
  /** For an exfoliating acid of the acid-group rule (by its data name), the keys of its own salts. */
  acidSalts(memberName: string): ReadonlySet<string> | undefined;
  /** How many different exfoliating acids make a group. */
  acidGroupMinimum: number;
  /**
   * Whether two neighbouring items are one known name split by a stray comma ("Retinyl,
   * Palmitate"): the first is unknown on its own and together they are a known name.
   */
  isSplitName(first: string, second: string): boolean;
  /**
   * The medicine whose name this key is one typing slip from ("agapalene"): names of eight letters
   * or more, asked only where the label states a strength or an active, which leaves no doubt.
   */
  drugSlip(key: string): KnownMember | undefined;
  /** Every exact name with what it is, for finding names inside sentences. */
  names(): Iterable<readonly [string, NameMatch]>;
}

// "tretinoin" and "adapalene" are nine letters; shorter drug names are too near other words.
const DRUG_SLIP_MIN_LENGTH = 8;

interface PatternEntry {
  regex: RegExp;
  match: NameMatch;
}

/**
 * Builds the lookup tables from the data in `ingredients/`. Exact names are one map lookup; the
 * few open-ended families of names (essential oils, saponified oils) are regular expressions
 * tried only when no exact name matches, look-alikes first.
 */
export function buildNameIndex(families: readonly FamilyInput[], listPosition: ListPosition): NameIndex {
  const exact = new Map<string, NameMatch>();
  const memberPatterns: PatternEntry[] = [];
  const notMemberPatterns: PatternEntry[] = [];
  for (const family of families) {
    for (const entry of family.notMembers) {
      const match: NameMatch = { kind: 'not-member', family: family.id, name: entry.name, why: entry.why };
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        const key = nameKey(name);
        // A member of another family outranks a look-alike ("Benzyl Salicylate" is fragrance, not BHA).
        if (!exact.has(key)) exact.set(key, match);
      }
      for (const pattern of entry.patterns ?? [])
        notMemberPatterns.push({ regex: new RegExp(pattern, 'u'), match });
    }
  }
  for (const family of families) {
    for (const entry of family.members) {
      const member: KnownMember = {
        family: family.id,
        name: entry.name,
        level: entry.level ?? family.level,
        position: entry.position ?? 'never-trace',
        when: entry.when ?? 'any',
        note: entry.note ?? null,
        drug: entry.drug ?? false,
      };
      const match: NameMatch = { kind: 'member', member };
      for (const name of [entry.name, ...(entry.aliases ?? [])]) exact.set(nameKey(name), match);
      for (const pattern of entry.patterns ?? [])
        memberPatterns.push({ regex: new RegExp(pattern, 'u'), match });
    }
  }
  const patterns = [...notMemberPatterns, ...memberPatterns];
  // Last words of known names of two or more words: the only words a stray comma can cut off.
  const tails = new Set<string>();
  for (const key of exact.keys()) {
    const space = key.lastIndexOf(' ');
    if (space > 0) tails.add(key.slice(space + 1));
  }
  const keySet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map(nameKey));
  const markers = keySet(listPosition.onePercentMarkers.names);
  const markerPatterns = listPosition.onePercentMarkers.patterns.map((p) => new RegExp(p, 'u'));
  const buffers = keySet(listPosition.bufferPartners.names);
  const preservatives = keySet(listPosition.preservativePartners.names);
  const acidSalts = new Map(
    Object.entries(listPosition.exfoliatingAcidGroup.acids).map(([acid, salts]) => [acid, keySet(salts)]),
  );

  // Most names on a label match no pattern; the same names recur on every label, so the answer
  // for a name not in the map is remembered (bounded, as labels are unbounded input).
  const byPattern = new Map<string, NameMatch | null>();
  const MAX_REMEMBERED = 20_000;
  // Built on the first name that needs it: most pages never do.
  let nearMiss: NearMissIndex<NameMatch> | undefined;
  const nearMissOf = (key: string): NameMatch | null => {
    nearMiss ??= buildNearMissIndex([...exact].filter(([, match]) => match.kind === 'member'));
    return nearMiss.find(key) ?? null;
  };
  let drugNearMiss: NearMissIndex<KnownMember> | undefined;
  return {
    lookup(key) {
      const found = exact.get(key);
      if (found) return found;
      let remembered = byPattern.get(key);
      if (remembered === undefined) {
        remembered = patterns.find((pattern) => pattern.regex.test(key))?.match ?? nearMissOf(key);
        if (byPattern.size >= MAX_REMEMBERED) byPattern.clear();
        byPattern.set(key, remembered);
      }
      return remembered ?? undefined;
    },
    isOnePercentMarker: (key) => markers.has(key) || markerPatterns.some((regex) => regex.test(key)),
    isBufferPartner: (key) => buffers.has(key),
    isPreservativePartner: (key) => preservatives.has(key),
    acidSalts: (memberName) => acidSalts.get(memberName),
    acidGroupMinimum: listPosition.exfoliatingAcidGroup.minimum,
    drugSlip(key) {
      drugNearMiss ??= buildNearMissIndex(
        [...exact].flatMap(([name, match]) =>
          match.kind === 'member' && match.member.drug && !/[^a-z ]/.test(name)
            ? [[name, match.member] as const]
            : [],
        ),
        DRUG_SLIP_MIN_LENGTH,
      );
      return drugNearMiss.find(key);
    },
    names: () => exact,
    exact: (key) => exact.get(key),
    isSplitName(first, second) {
      const tail = second.toLowerCase();
      if (!tails.has(tail)) return false;
      const head = nameKey(first);
      return !exact.has(head) && exact.has(`${head} ${tail}`);
    },
  };
}
