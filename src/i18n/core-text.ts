import type { Note, Reason } from '../ingredients/reasons';
import type { Problem } from '../storage/problem';
import type { FlagKey } from '../verdict/product-verdict';
import type { PresetId } from '../window/preset-schema';
import { keyName, plural, type Wording } from './messages';

/**
 * The words for what the core returns as codes: a finding's reason and note, an alternative, a
 * preset's label and why, a plan's why, a problem with stored or imported settings. One renderer
 * for every caller: the extension's pages pass the browser's i18n, `npm run check` the English
 * file (`src/cli/`). Each code names its message (`familyReason_aha`, `listReason_after_line_ph`,
 * `note_true_soap`…); the English messages equal the data's English texts, kept in `ingredients/`
 * as the translators' reference (checked by `test/ui/locales.test.ts`).
 */

/** A family's (or makeup's) name: "Alpha-hydroxy acids (AHAs)". */
export function familyName(words: Wording, key: FlagKey): string {
  return words.text(keyName('family_', key));
}

/** Why a finding matters, or why it is only a trace, in one sentence. */
export function reasonText(words: Wording, reason: Reason): string {
  switch (reason.code) {
    case 'family':
      return words.text(keyName('familyReason_', reason.family));
    case 'after-line-trace':
    case 'after-line-preservative':
    case 'after-line-ph':
      return words.text(keyName('listReason_', reason.code), reason.marker);
    case 'acid-group':
      return plural(words, 'listReason_acid_group', reason.others);
    case 'near-end':
      return words.text('listReason_near_end', reason.ingredient);
    default:
      return words.text(keyName('listReason_', reason.code));
  }
}

/** A finding's qualifier: a member's note, or which flagged active a drug brand contains. */
export function noteText(words: Wording, note: Note): string {
  switch (note.code) {
    case 'member':
      return words.text(keyName('note_', note.note));
    case 'brand':
      return words.text('brandNote', note.brand, note.member);
  }
}

/** A suggestion of what to use instead, as a heading: "A hyaluronic-acid serum". */
export function alternativeText(words: Wording, id: string): string {
  const text = words.text(keyName('alternative_', id));
  return text.charAt(0).toLocaleUpperCase(words.language) + text.slice(1);
}

/** A preset as the treatment form lists it: "Microneedling, medical (0.6–1.5 mm)". */
export function presetLabel(words: Wording, id: PresetId): string {
  return words.text(keyName('preset_', id));
}

/** Which numbers a preset's sources give and which ones it uses. */
export function presetWhy(words: Wording, id: PresetId): string {
  return words.text(keyName('presetWhy_', id));
}

/** Why the way back after a preset goes at its pace. */
export function planWhy(words: Wording, preset: PresetId): string {
  return words.text(keyName('planWhy_', preset));
}

/** Why the way back goes gentlest first. */
export function planOrderWhy(words: Wording): string {
  return words.text('planOrderWhy');
}

/**
 * Where a problem is, for the patient: "treatment 2, “performedAt”" (the field as the file names
 * it, so it can be found there), or the field alone.
 */
function whereText(words: Wording, path: string): string {
  const keys = path.split('.');
  if (keys[0] === 'settings' || keys[0] === 'shelf') keys.shift();
  const [list, index, ...rest] = keys;
  const field = rest.join('.');
  if ((list === 'treatments' || list === 'products') && index !== undefined && /^\d+$/.test(index)) {
    const n = String(Number(index) + 1);
    if (list === 'treatments')
      return field ? words.text('problemTreatmentField', n, field) : words.text('problemTreatment', n);
    return field ? words.text('problemProductField', n, field) : words.text('problemProduct', n);
  }
  return words.text('problemField', keys.join('.'));
}

/** What is wrong with a stored or imported value, and where: "treatment 1, “timeZone”: not a time zone this browser knows". */
export function problemText(words: Wording, problem: Problem): string {
  const what = words.text(keyName('problem_', problem.code));
  return problem.path ? words.text('problemAt', whereText(words, problem.path), what) : what;
}
