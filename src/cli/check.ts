import { readFileSync } from 'node:fs';
import { analyzeLabel, type LabelAnalysis } from '../ingredients/analyze-label';
import { formatReport, type PageSummary } from './format-report';
import { parseCheckArgs, USAGE } from './check-args';
import { isPage, labelFromBytes, type LabelRead } from './read-label';
import { scanSavedPage } from './read-page';
import { singleTreatment, windowFields } from './window-fields';

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

function analysisJson(analysis: LabelAnalysis, window: WindowContext | null): object {
  const settings = window ? singleTreatment(window.treated, window.timeZone) : null;
  return {
    ingredients: analysis.ingredients,
    ...(analysis.parts.length > 1 ? { parts: analysis.parts } : {}),
    findings:
      window && settings
        ? analysis.findings.map((f) => ({
            ...f,
            ...windowFields(f, settings, window.treated, window.now, window.timeZone),
          }))
        : analysis.findings,
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
          ? JSON.stringify({ file, url: scan.url, ...page, ...analysisJson(analysis, window) })
          : formatReport(file, analysis, page),
      );
      continue;
    }
    const analysis = analyzeLabel(read.text, args.productType ? { productType: args.productType } : {});
    io.out(
      args.json
        ? JSON.stringify({ file, ...(args.url ? { url: args.url } : {}), ...analysisJson(analysis, window) })
        : formatReport(file, analysis),
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
