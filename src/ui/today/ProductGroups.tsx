import { useState } from 'preact/hooks';
import { GROUPS, type ProductStatus, type TodayModel } from '../../routine/today';
import type { OwnedProduct } from '../../routine/product';
import { keyName, t } from '../i18n';
import { type Clock, GROUP_TITLE, reasonText } from './today-text';

export interface ProductGroupsProps {
  groups: TodayModel['groups'];
  clock: Clock;
  onRename(product: OwnedProduct, name: string): void;
  onRemove(product: OwnedProduct): void;
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Brand, type and the shop it came from, where known. */
export function ProductMeta({ product }: { product: OwnedProduct }) {
  const words = [product.brand, product.type ? t(keyName('productType_', product.type)) : null].filter(
    Boolean,
  );
  if (words.length === 0 && !product.url) return null;
  return (
    <p class="meta">
      {words.join(' · ')}
      {product.url && (
        <>
          {words.length > 0 && ' · '}
          <a href={product.url} target="_blank" rel="noopener noreferrer">
            {host(product.url)}
          </a>
        </>
      )}
    </p>
  );
}

function ProductCard({
  entry,
  clock,
  onRename,
  onRemove,
}: { entry: ProductStatus } & Omit<ProductGroupsProps, 'groups'>) {
  const { product } = entry;
  const [name, setName] = useState(product.name);
  const inputId = `name-${product.id}`;
  return (
    <li class="product">
      <h3>{product.name}</h3>
      <ProductMeta product={product} />
      {entry.reasons.length > 0 && (
        <ul class="reasons">
          {entry.reasons.map((reason) => (
            <li key={reason.kind === 'window' ? reason.key : reason.family}>{reasonText(reason, clock)}</li>
          ))}
        </ul>
      )}
      {entry.group === 'coming-back' && <p class="note">{t('rampNote')}</p>}
      <details class="edit">
        <summary>
          {t('productEdit')}
          <span class="visually-hidden">: {product.name}</span>
        </summary>
        <form
          class="rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) onRename(product, name.trim());
          }}
        >
          <label for={inputId}>{t('productName')}</label>
          <input
            id={inputId}
            value={name}
            required
            maxLength={300}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit">{t('productRename')}</button>
        </form>
        <button type="button" class="danger" onClick={() => onRemove(product)}>
          {t('productRemove')}
        </button>
      </details>
    </li>
  );
}

/** The patient's products in Today's groups: pause, coming back, use with care, fine. */
export function ProductGroups({ groups, ...rest }: ProductGroupsProps) {
  return (
    <>
      {GROUPS.filter((group) => groups[group].length > 0).map((group) => (
        <section key={group} class={`group ${group}`} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>
            {t(GROUP_TITLE[group])} <span class="count">({groups[group].length})</span>
          </h2>
          <ul class="products">
            {groups[group].map((entry) => (
              <ProductCard key={entry.product.id} entry={entry} {...rest} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
