import type * as v from 'valibot';
import { CHECK_CODES, type CheckCode } from '../window/checks';

/**
 * Why a stored or imported value cannot be used, as a code and where in the value: the options
 * and Today pages word it (`problem_<code>`, `src/i18n/core-text.ts`), in the patient's language.
 */
export const PROBLEM_CODES = [
  ...CHECK_CODES,
  /** A field the value must have is not there. */
  'missing',
  /** A field holds the wrong kind of value (text for a number, a list for a record). */
  'wrong-type',
  /** A field holds a value this version does not know (a treatment type, a preset). */
  'unknown-value',
  /** A number or a length outside its bounds, or not a whole number. */
  'out-of-range',
  /** Not a web address. */
  'not-an-address',
  /** An imported file that is not JSON. */
  'not-json',
  /** JSON, but not a settings file of this extension. */
  'not-settings-file',
  /** Written by a newer version of the extension. */
  'newer-version',
  /** No version this extension ever wrote. */
  'unknown-version',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** Where in the value, as its keys read ("treatments.0.performedAt"); null for the whole. */
  path: string | null;
}

const SCHEMA_UNKNOWN_VALUE = new Set(['picklist', 'literal', 'variant', 'enum']);
const VALIDATION_ADDRESS = new Set(['url']);

function isCheckCode(message: string): message is CheckCode {
  return (CHECK_CODES as readonly string[]).includes(message);
}

/** The problem a failed parse reports first, with its place. */
export function issueProblem(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): Problem {
  const issue = issues[0];
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const path = keys.length > 0 ? keys.join('.') : null;
  let code: ProblemCode;
  if (issue.kind === 'schema') {
    code = SCHEMA_UNKNOWN_VALUE.has(issue.type)
      ? 'unknown-value'
      : issue.input === undefined
        ? 'missing'
        : 'wrong-type';
  } else if (issue.type === 'check' && isCheckCode(issue.message)) {
    code = issue.message;
  } else {
    code = VALIDATION_ADDRESS.has(issue.type) ? 'not-an-address' : 'out-of-range';
  }
  return { code, path };
}

/** A value refused for a reason the UI words: saving a value that would not read back. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}${problem.path ? ` at ${problem.path}` : ''}`);
    this.name = 'ProblemError';
  }
}
