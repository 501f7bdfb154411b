import aliasFile from '../../ingredients/avoid-aliases.json';
import {
  analyzeLabel,
  createEngine,
  defaultEngine,
  type Engine,
  type Finding,
  type LabelAnalysis,
} from './analyze-label';
import { RAW_LIST_POSITION } from './family-data';
import type { FamilyId, FamilyInput } from './family-schema';
import { nameKey } from './name-key';

/**
 * The patient's and the clinic's own names to avoid ("Niacinamide"), checked with the engine's
 * machinery: an avoid list becomes one extra family for a second, small engine, so its names are
 * matched as whole names, with their label spellings, look-alikes, bracketed and slashed forms, as
 * the families are. The shipped engine and its data are untouched; nothing here runs for a patient
 * without a list.
 */

export interface AvoidAlias {
  name: string;
  aliases: string[];
  patterns?: string[];
  source: string;
}

/** Label spellings of names clinics add beyond the families (`ingredients/avoid-aliases.json`). */
export const AVOID_ALIASES: readonly AvoidAlias[] = (aliasFile as { names: AvoidAlias[] }).names;

// The extra family's id. It never meets the family code (windows, reasons, alternatives): the
// findings are read back by the listed name, in `avoidNameFindings`, and nowhere else.
const AVOID_FAMILY = 'avoid-list' as FamilyId;

/** Every spelling the engine or the alias data knows for a listed name, and the family look-alikes. */
function spellings(
  name: string,
  engine: Engine,
): { aliases: string[]; patterns: string[]; lookAlikes: string[] } {
  const key = nameKey(name);
  const known = engine.index.lookup(key);
  if (known?.kind === 'member') {
    const aliases: string[] = [];
    const lookAlikes: string[] = [];
    for (const [other, match] of engine.index.names()) {
      if (match.kind === 'member' && match.member.name === known.member.name) aliases.push(other);
      // "Beta-Carotene (Vitamin A)" is not retinol for an avoid list either.
      if (match.kind === 'not-member' && match.family === known.member.family) lookAlikes.push(other);
    }
    return { aliases, patterns: [], lookAlikes };
  }
  const alias = AVOID_ALIASES.find(
    (entry) => nameKey(entry.name) === key || entry.aliases.some((a) => nameKey(a) === key),
  );
  if (alias)
    return { aliases: [alias.name, ...alias.aliases], patterns: alias.patterns ?? [], lookAlikes: [] };
  return { aliases: [], patterns: [], lookAlikes: [] };
}

/** The engine for one avoid list: the listed names as the members of one family. */
export function avoidListEngine(names: readonly string[], engine: Engine = defaultEngine()): Engine {
  const members: FamilyInput['members'] = [];
  const notMembers: FamilyInput['notMembers'] = [];
  for (const name of names) {
    const found = spellings(name, engine);
    members.push({ name, aliases: found.aliases, patterns: found.patterns, source: 'avoid-list' });
    for (const lookAlike of found.lookAlikes)
      notMembers.push({ name: lookAlike, why: 'a look-alike', source: 'avoid-list' });
  }
  const family: FamilyInput = {
    id: AVOID_FAMILY,
    name: 'Avoid list',
    level: 'avoid',
    inGuide: false,
    reason: '',
    sources: ['avoid-list'],
    members,
    notMembers,
    alternatives: [],
  };
  return createEngine([family], RAW_LIST_POSITION);
}

// The lists change rarely and a page asks many times (badge, popup, marks): remember the last few.
const engines = new Map<string, Engine>();
const MAX_ENGINES = 4;

function engineFor(names: readonly string[]): Engine {
  const id = JSON.stringify([...new Set(names)].sort());
  let engine = engines.get(id);
  if (!engine) {
    engine = avoidListEngine([...new Set(names)]);
    if (engines.size >= MAX_ENGINES) engines.clear();
    engines.set(id, engine);
  }
  return engine;
}

/**
 * The ingredients of a read label that are on an avoid list, by the listed name's `nameKey`.
 * Reads the analysis's ingredients (as the page printed them) again as one list, so a scan made
 * before the name was added is checked too. Every amount counts: a clinic that names an
 * ingredient means it at any level.
 */
export function avoidNameFindings(analysis: LabelAnalysis, names: readonly string[]): Map<string, Finding[]> {
  const found = new Map<string, Finding[]>();
  if (names.length === 0 || analysis.ingredients.length === 0) return found;
  const engine = engineFor(names);
  const relisted = `Ingredients: ${analysis.ingredients.join(', ')}`;
  for (const finding of analyzeLabel(relisted, {}, engine).findings) {
    const key = nameKey(finding.canonical);
    found.set(key, [...(found.get(key) ?? []), finding]);
  }
  return found;
}
