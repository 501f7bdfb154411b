/**
 * What a check on a stored or imported value reports when it fails: a code, never a sentence
 * (valibot's `check` message is the code). `src/storage/problem.ts` turns a failed check into a
 * problem; the UI words it with the message `problem_<code>`.
 */
export const CHECK_CODES = [
  /** Not an ISO 8601 date-time with an offset. */
  'not-an-instant',
  /** Not a time zone this browser knows. */
  'unknown-time-zone',
  /** A needle depth on a treatment that is not microneedling. */
  'depth-not-microneedling',
  /** A preset for another treatment type. */
  'preset-of-other-type',
  /** Two treatments (or two products) share an id. */
  'duplicate-id',
  /** A family twice in the way back's order. */
  'duplicate-family',
  /** Not a phone number as printed (digits, spaces, + ( ) - . /). */
  'not-a-phone-number',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];
