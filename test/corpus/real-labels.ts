import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FamilyId, ProductType } from '../../src/ingredients/family-schema';

/** The families a patient must not meet after the treatment: every one is measured for recall. */
export const CORE_FAMILIES = ['retinoid', 'aha', 'benzoyl-peroxide'] as const satisfies FamilyId[];
export type CoreFamily = (typeof CORE_FAMILIES)[number];

/** One real ingredient text, kept verbatim, with its source and what a careful reader finds in it. */
export interface RealLabel {
  group: string;
  file: string;
  text: string;
  /** A URL, or `github:owner/repo/path@commit`. */
  source: string;
  product: string;
  /** Shape tags ("drug-facts", "blurb-only", "kit", "korean", …) used to group failures. */
  format: string[];
  /** The product type the page or title states, passed as `--type`. */
  type?: ProductType;
  /** Core families that must be flagged as hits (not traces). */
  hits: CoreFamily[];
  /** Core families present only at a pH-adjuster/preservative level: never a hit. */
  traces: CoreFamily[];
  note?: string;
}

const ROOT = join(import.meta.dirname, '../fixtures/labels/real');

/** Every labelled real text under `test/fixtures/labels/real/<group>/index.json`. */
export function realLabels(): RealLabel[] {
  const labels: RealLabel[] = [];
  for (const group of readdirSync(ROOT, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    const dir = join(ROOT, group.name);
    const entries = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Omit<
      RealLabel,
      'group' | 'text'
    >[];
    for (const entry of entries) {
      labels.push({
        ...entry,
        group: group.name,
        text: readFileSync(join(dir, entry.file), 'utf8'),
      });
    }
  }
  return labels;
}
