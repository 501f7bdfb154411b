import { useState } from 'preact/hooks';
import { PRODUCT_TYPES, type ProductType } from '../../ingredients/family-schema';
import { keyName, t } from '../i18n';

export interface AddProductProps {
  open: boolean;
  /** Adds the product; resolves false when its list holds no ingredients (nothing is added). */
  onAdd(fields: { name: string; type: ProductType | null; list: string }): Promise<boolean>;
}

/** A product bought offline: its name, its type if known, and its list pasted from the pack. */
export function AddProduct({ open, onAdd }: AddProductProps) {
  const [name, setName] = useState('');
  const [type, setType] = useState<ProductType | ''>('');
  const [list, setList] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <details class="card add-product" open={open}>
      <summary>{t('addProductTitle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd({ name: name.trim(), type: type || null, list }).then((added) => {
            setEmpty(!added);
            if (added) {
              setName('');
              setType('');
              setList('');
            }
          });
        }}
      >
        <div class="fields">
          <label>
            {t('addProductName')}
            <input value={name} required maxLength={300} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            {t('addProductType')}
            <select value={type} onChange={(e) => setType(e.currentTarget.value as ProductType | '')}>
              <option value="">{t('addProductTypeUnknown')}</option>
              {PRODUCT_TYPES.map((p) => (
                <option key={p} value={p}>
                  {t(keyName('productType_', p))}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label class="block">
          {t('addProductList')}
          <textarea rows={4} required value={list} onInput={(e) => setList(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('addProductButton')}</button>
        {empty && (
          <p class="note" role="alert">
            {t('popupPasteEmpty')}
          </p>
        )}
      </form>
    </details>
  );
}
