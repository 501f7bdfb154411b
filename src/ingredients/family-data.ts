import aha from '../../ingredients/aha.json';
import benzoylPeroxide from '../../ingredients/benzoyl-peroxide.json';
import bha from '../../ingredients/bha.json';
import drugBrands from '../../ingredients/drug-brands.json';
import dryingAlcohol from '../../ingredients/drying-alcohol.json';
import fragrance from '../../ingredients/fragrance.json';
import harshSurfactant from '../../ingredients/harsh-surfactant.json';
import listPosition from '../../ingredients/list-position.json';
import pha from '../../ingredients/pha.json';
import physicalExfoliant from '../../ingredients/physical-exfoliant.json';
import retinoid from '../../ingredients/retinoid.json';
import vitaminC from '../../ingredients/vitamin-c.json';
import type { BrandInput, FamilyInput, ListPosition } from './family-schema';

/**
 * The ingredient knowledge as shipped. The JSON is validated against `family-schema.ts` by the
 * data test rather than at run time, so the page scanner carries no schema code.
 */
export const RAW_FAMILIES: readonly FamilyInput[] = [
  retinoid,
  aha,
  benzoylPeroxide,
  harshSurfactant,
  physicalExfoliant,
  bha,
  pha,
  vitaminC,
  fragrance,
  dryingAlcohol,
] as FamilyInput[];

export const RAW_LIST_POSITION = listPosition as ListPosition;

/** Drug brands and the flagged actives each contains. */
export const RAW_BRANDS: readonly BrandInput[] = drugBrands.brands;
