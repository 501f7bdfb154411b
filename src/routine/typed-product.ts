import { analyzeLabel } from '../ingredients/analyze-label';
import type { ProductType } from '../ingredients/family-schema';
import type { OwnedProduct } from './product';

// Apart from product.ts, so that the background, which only reads saved products, does not carry
// the engine.
/** A product typed in by the patient: the pasted list is read by the engine, as on a shop page. */
export function typedProduct(
  fields: { id: string; name: string; type: ProductType | null; list: string },
  addedAt: string,
): OwnedProduct {
  return {
    id: fields.id,
    name: fields.name.trim(),
    brand: null,
    type: fields.type,
    url: null,
    list: { text: fields.list, source: null },
    analysis: analyzeLabel(fields.list, fields.type ? { productType: fields.type } : {}),
    addedAt,
  };
}
