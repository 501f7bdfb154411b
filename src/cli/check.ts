import { readFileSync } from 'node:fs';
import { noteText, reasonText } from '../i18n/core-text';
import type { Wording } from '../i18n/messages';
import { analyzeLabel, type LabelAnalysis } from '../ingredients/analyze-label';
import { formatReport, type PageSummary } from './format-report';
import { parseCheckArgs, USAGE } from './check-args';
import { isPage, labelFromBytes, type LabelRead } from './read-label';
import { scanSavedPage } from './read-page';
import { singleTreatment, windowFields } from './window-fields';
import { cliWording } from './words';

export interface CheckIo {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  out(line: string): void;
  err(line: string): void;
}

const EMPTY: LabelAnalysis = { parts: [], ingredients: [], findings: [] };

interface WindowContext {
  treated: Date;
  now: Date;
  timeZone: string;
}

/**
 * The analysis as JSON: each finding's `reason` and `note` in words (English unless `--lang`),
 * with the engine's codes beside them as `reasonCode` and `noteCode`.
 */
function analysisJson(analysis: LabelAnalysis, window: WindowContext | null, words: Wording): object {
  const settings = window ? singleTreatment(window.treated, window.timeZone) : null;
  return {
    ingredients: analysis.ingredients,
    ...(analysis.parts.length > 1 ? { parts: analysis.parts } : {}),
    findings: analysis.findings.map((f) => ({
      ...f,
      reason: reasonText(words, f.reason),
      note: f.note ? noteText(words, f.note) : null,
      reasonCode: f.reason,
      noteCode: f.note,
      ...(window && settings ? windowFields(f, settings, window.treated, window.now, window.timeZone) : {}),
    })),
  };
}

function readLabel(file: string, io: CheckIo): LabelRead {
  try {
    return labelFromBytes(file === '-' ? io.readStdin() : io.readFile(file), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    return { ok: false, error: why };
  }
}

/** `npm run check`: every file is reported, in order; any bad input makes the exit code 2. */
export function runCheck(argv: readonly string[], io: CheckIo): number {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    io.err(`check: ${parsed.error}. Run "npm run check -- --help" for usage.`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const window = args.treated
    ? { treated: args.treated, now: args.now ?? new Date(), timeZone: args.timeZone }
    : null;
  const words = cliWording(args.language);
  let status = 0;
  for (const file of args.files) {
    const read = readLabel(file, io);
    if (!read.ok) {
      status = 2;
      io.err(`check: ${file}: ${read.error}`);
      if (args.json) io.out(JSON.stringify({ file, error: read.error, ingredients: [], findings: [] }));
      continue;
    }
    if (isPage(file, read.text.slice(0, 1024))) {
      const scan = scanSavedPage(read.text, file, args.url);
      const analysis = scan.analysis ?? EMPTY;
      const page: PageSummary = {
        source: scan.list?.source ?? null,
        title: scan.product?.title ?? null,
        brand: scan.product?.brand ?? null,
        type: scan.product?.type ?? null,
        variant: scan.product?.variant ?? null,
        isProductPage: scan.product !== null,
        isCosmeticProduct: scan.isCosmeticProduct,
      };
      io.out(
        args.json
          ? JSON.stringify({ file, url: scan.url, ...page, ...analysisJson(analysis, window, words) })
          : formatReport(words, file, analysis, page),
      );
      continue;
    }
    const analysis = analyzeLabel(read.text, args.productType ? { productType: args.productType } : {});
    io.out(
      args.json
        ? JSON.stringify({
            file,
            ...(args.url ? { url: args.url } : {}),
            ...analysisJson(analysis, window, words),
          })
        : formatReport(words, file, analysis),
    );
  }
  return status;
}

const nodeIo: CheckIo = {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = runCheck(process.argv.slice(2), nodeIo);
}
