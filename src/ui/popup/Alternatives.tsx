import { saferAlternatives } from '../../alternatives/safer-alternative';
import { shopSearchUrl } from '../../extract/sites/shops';
import { alternativeText } from '../../i18n/core-text';
import type { FamilyId, ProductType } from '../../ingredients/family-schema';
import { AVOID_LIST, type FlaggedFamily } from '../../verdict/product-verdict';
import { t, words } from '../i18n';

export interface AlternativesProps {
  families: FlaggedFamily[];
  productType: ProductType | null;
  /** The page, for a link that searches the same shop; null for a pasted list. */
  pageUrl: string | null;
}

/** What to use instead, folded: what to look for on its label, and a search of the same shop. */
export function Alternatives({ families, productType, pageUrl }: AlternativesProps) {
  const ingredientFamilies = families
    .map((f) => f.key)
    .filter((k): k is FamilyId => k !== 'makeup' && k !== AVOID_LIST);
  const suggestions = saferAlternatives(ingredientFamilies, productType);
  const makeup = families.some((f) => f.key === 'makeup');
  return (
    <details class="alternatives">
      <summary>{t('popupInstead')}</summary>
      <ul>
        {makeup && <li>{t('popupSkipMakeup')}</li>}
        {suggestions.map((s) => {
          const search = pageUrl ? shopSearchUrl(pageUrl, s.searchTerms) : null;
          return (
            <li key={s.id}>
              <p>
                <strong>{alternativeText(words, s.id)}</strong>
              </p>
              {s.lookFor.length > 0 && (
                <p class="look-for">{t('popupLookFor', s.lookFor.slice(0, 4).join(', '))}</p>
              )}
              {search && (
                <a href={search} target="_blank" rel="noreferrer noopener">
                  {t('popupSearchShop')}
                </a>
              )}
            </li>
          );
        })}
        <li class="spf">{t('popupSpf')}</li>
      </ul>
    </details>
  );
}
