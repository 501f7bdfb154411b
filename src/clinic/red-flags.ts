import * as v from 'valibot';
import redFlagFile from '../../ingredients/red-flags.json';
import { TREATMENT_TYPES, type TreatmentType } from '../window/keys';

/**
 * When to call the clinic, per treatment type: the red flags of sourced aftercare guidance, as
 * data (`ingredients/red-flags.json`, checked against this schema by `test/clinic/red-flags.test.ts`).
 * The words are in `_locales` (`redFlag_<id>`); the data holds ids, urgency and sources.
 */

export const URGENCIES = ['emergency', 'now', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RedFlagSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/)),
  /** `emergency`: call emergency services; `now`: call the clinic now; `soon`: in opening hours. */
  urgency: v.picklist(URGENCIES),
  types: v.pipe(v.array(v.picklist(TREATMENT_TYPES)), v.minLength(1)),
  sources: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]*$/))), v.minLength(1)),
});
export type RedFlag = v.InferOutput<typeof RedFlagSchema>;

export const RedFlagFileSchema = v.strictObject({
  why: v.pipe(v.string(), v.minLength(1)),
  flags: v.pipe(v.array(RedFlagSchema), v.minLength(1)),
});

export const RED_FLAGS: readonly RedFlag[] = (redFlagFile as v.InferOutput<typeof RedFlagFileSchema>).flags;

/** The red flags for these treatment types, most urgent first, each once. */
export function redFlagsFor(types: readonly TreatmentType[]): RedFlag[] {
  const wanted = new Set(types.length ? types : TREATMENT_TYPES);
  return RED_FLAGS.filter((flag) => flag.types.some((type) => wanted.has(type))).sort(
    (a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency),
  );
}
