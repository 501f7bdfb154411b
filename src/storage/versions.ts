import * as v from 'valibot';
import { type Settings, SettingsSchema, SETTINGS_VERSION } from '../window/treatment';
import { issueProblem, type Problem } from './problem';

/**
 * The one way a stored or imported value comes in: whatever version of the extension wrote it
 * (storage, a settings file, an old install), its own `version` says which steps bring it to
 * today's shape, and then it is checked. The settings and products stores and the settings file
 * all read through here (the products' steps are in `shelf-versions.ts`, so that the page
 * scanner, which reads the settings, does not carry the products' schema), so there is one
 * migration path and one version marker per value (the storage items carry no version of their
 * own).
 */

export type ReadResult<T> =
  /** `from`: the version the value was written in; below the current one it was migrated. */
  { ok: true; value: T; from: number } | { ok: false; problem: Problem };

export type Step = (value: Record<string, unknown>) => Record<string, unknown>;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Steps by the version they produce: `steps[n]` turns a value of version n - 1 into version n. */
export type Steps = Readonly<Record<number, Step>>;

/** Settings have had one shape so far. */
const SETTINGS_STEPS: Steps = {};

/**
 * A value of any version this extension wrote, brought to version `current` by `steps` and then
 * checked by `schema`.
 */
export function readVersioned<T>(
  raw: unknown,
  current: number,
  steps: Steps,
  schema: v.GenericSchema<unknown, unknown>,
): ReadResult<T> {
  if (!isRecord(raw)) {
    const parsed = v.safeParse(schema, raw);
    return parsed.success
      ? { ok: true, value: parsed.output as T, from: current }
      : { ok: false, problem: issueProblem(parsed.issues) };
  }
  const from = raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return {
      ok: false,
      problem: { code: from === undefined ? 'missing' : 'unknown-version', path: 'version' },
    };
  }
  if (from > current) return { ok: false, problem: { code: 'newer-version', path: 'version' } };
  let value = raw;
  for (let version = from + 1; version <= current; version++) {
    const step = steps[version];
    value = { ...(step ? step(value) : value), version };
  }
  const parsed = v.safeParse(schema, value);
  return parsed.success
    ? { ok: true, value: parsed.output as T, from }
    : { ok: false, problem: issueProblem(parsed.issues) };
}

/** Settings of any version this extension wrote, in today's shape and checked. */
export function readSettings(raw: unknown): ReadResult<Settings> {
  return readVersioned<Settings>(raw, SETTINGS_VERSION, SETTINGS_STEPS, SettingsSchema);
}

/** Text a stored value may have been written as (by hand, or by an older tool): read as JSON. */
export function parsedIfText(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
