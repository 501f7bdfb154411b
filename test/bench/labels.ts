import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures/labels');

/** Splits one CSV line-set into rows, honouring quoted fields with commas and newlines. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The named column of a CSV file, one entry per row. */
export function csvColumn(path: string, column: string): string[] {
  const [header, ...rows] = csvRows(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  const at = header?.indexOf(column) ?? -1;
  if (at < 0) throw new Error(`${path} has no column ${column}`);
  return rows.map((r) => r[at] ?? '').filter((v) => v.trim());
}

/** "['water', 'glycerin']" (a Python list as exported) → the list as a label would print it. */
export function pythonListToLabel(cell: string, separator = ', '): string {
  return [...cell.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join(separator);
}

export interface LabelSet {
  name: string;
  labels: string[];
}

/**
 * Labels to measure with: ours from `test/fixtures/labels/`, and, where this machine has them,
 * the public shop exports in `../shared/data/` (read in place, never copied into the project).
 */
export function benchLabels(
  sharedDir = process.env.AFTERCARE_DATA ?? join(process.cwd(), '..', 'shared', 'data'),
): LabelSet[] {
  const ours = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const sets: LabelSet[] = [{ name: 'our fixture labels', labels: ours }];
  const sephora2018 = join(sharedDir, 'sephora-2018-cosmetics.csv');
  if (existsSync(sephora2018)) {
    sets.push({ name: 'Sephora 2018 export', labels: csvColumn(sephora2018, 'Ingredients') });
    sets.push({
      name: 'Sephora 2023 export',
      labels: csvColumn(join(sharedDir, 'sephora-2023-skincare-subset.csv'), 'ingredients').map((c) =>
        // Each cell is a list of the page's text blocks: blurb, list, footer.
        pythonListToLabel(c, '\n'),
      ),
    });
    sets.push({
      name: 'LookFantastic export',
      labels: csvColumn(join(sharedDir, 'lookfantastic-skincare-clean.csv'), 'clean_ingreds').map((c) =>
        pythonListToLabel(c),
      ),
    });
  }
  return sets;
}
