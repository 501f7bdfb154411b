import { PRODUCT_TYPES, type ProductType } from '../ingredients/family-schema';
import { parseInstant } from '../window/treatment';
import { isValidTimeZone } from '../window/zone';
import { CLI_LANGUAGES, type CliLanguage } from './words';

export interface CheckArgs {
  json: boolean;
  url: string | null;
  productType: ProductType | null;
  files: string[];
  help: boolean;
  /** The treatment's instant; with it each finding says whether to avoid it at `now`. */
  treated: Date | null;
  now: Date | null;
  /** The zone whose calendar days the windows count (default: this machine's). */
  timeZone: string;
  /** The language of the findings' reasons and notes (the report's frame stays English). */
  language: CliLanguage;
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: false; error: string };

export const USAGE = `Usage: npm run check -- [--json] [--url URL] [--type TYPE] [--treated DATETIME [--now DATETIME] [--tz ZONE]] [--lang LANG] FILE...

Reads each FILE (a text file holding an ingredient label, up to 1 MB; a saved .html product page,
up to 20 MB; or - for standard input) and reports the ingredients it names and the flagged ones
among them.

  --json        one JSON object per FILE, one per line, in input order
  --url URL     the page address the label came from
  --type TYPE   the product type (${PRODUCT_TYPES.join(', ')})
  --treated T   when the treatment was, ISO 8601 with an offset (2026-11-24T18:00:00+01:00);
                each finding then says avoidNow and avoidUntil, by the default preset
  --now T       the instant to judge at (default: now)
  --tz ZONE     the time zone whose days the windows count (default: this machine's)
  --lang LANG   the language of the reasons and notes (${CLI_LANGUAGES.join(', ')}; default en)
  -h, --help    this text`;

const WITH_VALUE = new Set(['--url', '--type', '--treated', '--now', '--tz', '--lang']);

/** Reads the command line; an unknown option or a missing value is an error, not a file name. */
export function parseCheckArgs(argv: readonly string[]): ParsedArgs {
  const args: CheckArgs = {
    json: false,
    url: null,
    productType: null,
    files: [],
    help: false,
    treated: null,
    now: null,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    language: 'en',
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flag === '--') {
      onlyFiles = true;
    } else if (flag === '--json') {
      args.json = true;
    } else if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else if (WITH_VALUE.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      if (flag === '--url') {
        args.url = value;
      } else if (flag === '--treated' || flag === '--now') {
        const instant = parseInstant(value);
        if (!instant)
          return { ok: false, error: `${flag} "${value}" is not an ISO 8601 date-time with an offset` };
        if (flag === '--treated') args.treated = instant;
        else args.now = instant;
      } else if (flag === '--lang') {
        if (!(CLI_LANGUAGES as readonly string[]).includes(value)) {
          return { ok: false, error: `unknown language "${value}" (one of ${CLI_LANGUAGES.join(', ')})` };
        }
        args.language = value as CliLanguage;
      } else if (flag === '--tz') {
        if (!isValidTimeZone(value)) return { ok: false, error: `--tz "${value}" is not a time zone` };
        args.timeZone = value;
      } else {
        if (!(PRODUCT_TYPES as readonly string[]).includes(value)) {
          return { ok: false, error: `unknown product type "${value}" (one of ${PRODUCT_TYPES.join(', ')})` };
        }
        args.productType = value as ProductType;
      }
    } else {
      return { ok: false, error: `unknown option ${flag}` };
    }
  }
  if (!args.help && args.files.length === 0) return { ok: false, error: 'no FILE given' };
  if (args.now && !args.treated) return { ok: false, error: '--now needs --treated' };
  return { ok: true, args };
}
