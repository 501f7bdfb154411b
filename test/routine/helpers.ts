import type { ProductType } from '../../src/ingredients/family-schema';
import type { HealingAnswers } from '../../src/routine/choice';
import type { OwnedProduct } from '../../src/routine/product';
import { typedProduct } from '../../src/routine/typed-product';
import type { Treatment } from '../../src/window/treatment';

/** Labels with one thing to say each, read by the real engine. */
export const LABELS = {
  glycolicToner: 'Aqua, Glycolic Acid, Glycerin, Sodium Hydroxide, Phenoxyethanol',
  retinolSerum: 'Aqua, Squalane, Retinol, Tocopherol, Phenoxyethanol',
  phaToner: 'Aqua, Gluconolactone, Glycerin, Panthenol, Allantoin',
  fragrancedCream: 'Aqua, Glycerin, Cetearyl Alcohol, Shea Butter, Parfum',
  plainCleanser: 'Aqua, Glycerin, Coco-Glucoside, Sodium Chloride, Phenoxyethanol',
  foundation: 'Aqua, Cyclopentasiloxane, Dimethicone, Titanium Dioxide, Iron Oxides, Phenoxyethanol',
} as const;

/** A product typed in from a label, with a fixed id and date. */
export function product(
  id: string,
  label: keyof typeof LABELS,
  name: string = label,
  type: ProductType | null = null,
): OwnedProduct {
  return typedProduct({ id, name, type, list: LABELS[label] }, '2026-11-20T10:00:00+01:00');
}

/** Microneedling as the aftercare guide says (5 days, 24 hours for makeup) on Tue 24 Nov 2026, 18:00 in Berlin. */
export function microneedling(fields: Partial<Treatment> = {}): Treatment {
  return {
    id: 'mn',
    type: 'microneedling',
    depthMm: null,
    performedAt: '2026-11-24T18:00:00+01:00',
    timeZone: 'Europe/Berlin',
    preset: 'microneedling-guide',
    overrides: {},
    ...fields,
  };
}

export function answers(entries: HealingAnswers): { healingChecks: HealingAnswers } {
  return { healingChecks: entries };
}

export const at = (iso: string): Date => new Date(iso);
