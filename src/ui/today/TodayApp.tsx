import { useEffect, useState } from 'preact/hooks';
import { withHealingAnswer } from '../../routine/answers';
import type { StepFamily } from '../../routine/plan-schema';
import { freshProductId, type OwnedProduct } from '../../routine/product';
import { typedProduct } from '../../routine/typed-product';
import { nextChange, todayModel } from '../../routine/today';
import {
  type LoadedProducts,
  loadProducts,
  unreadableProductsItem,
  updateProducts,
  watchProducts,
} from '../../storage/products-store';
import {
  type LoadedSettings,
  loadSettings,
  saveSettings,
  unreadableSettingsItem,
  watchSettings,
} from '../../storage/settings-store';
import { formatUntil } from '../../window/format-until';
import { toOffsetIso } from '../../window/zone';
import { problemText } from '../../i18n/core-text';
import { errorText, t, words } from '../i18n';
import { jsonFileText, saveJsonFile } from '../save-file';
import { AddProduct } from './AddProduct';
import { HealingCheck } from './HealingCheck';
import { ProductGroups } from './ProductGroups';
import { changeText, type Clock } from './today-text';
import { WayBackList } from './WayBackList';

export interface TodayAppProps {
  locale: string;
  timeZone: string;
  clock?: () => Date;
  openOptions(): void;
  /** Asks before a product is removed (the browser's confirm, by default). */
  confirmRemove?: (name: string) => boolean;
}

// setTimeout's limit: a change further away is re-checked after this long.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Today: the patient's products in groups (pause, coming back, use with care, fine), the next
 * change at the top, the healing checks that are due, and the way back. Follows the stored
 * settings and products, and updates itself when something changes on its own.
 */
export function TodayApp(props: TodayAppProps) {
  const { locale, timeZone, clock = () => new Date(), openOptions } = props;
  const confirmRemove = props.confirmRemove ?? ((name: string) => confirm(t('productRemoveConfirm', name)));
  const [loadedSettings, setLoadedSettings] = useState<LoadedSettings | null>(null);
  const [loadedProducts, setLoadedProducts] = useState<LoadedProducts | null>(null);
  const [now, setNow] = useState(clock);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadSettings().then(setLoadedSettings);
    void loadProducts().then(setLoadedProducts);
    const unwatchSettings = watchSettings((loaded) => {
      setLoadedSettings(loaded);
      setNow(clock());
    });
    const unwatchProducts = watchProducts((loaded) => {
      setLoadedProducts(loaded);
      setNow(clock());
    });
    return () => {
      unwatchSettings();
      unwatchProducts();
    };
  }, []);

  const settings = loadedSettings?.settings ?? null;
  const products = loadedProducts?.shelf.products ?? null;
  const next = settings && products ? nextChange(products, settings, now) : null;
  // Re-render when something changes on its own while the page is open.
  useEffect(() => {
    if (!next) return;
    const timer = setTimeout(
      () => setNow(clock()),
      Math.min(next.at.getTime() - now.getTime() + 1000, MAX_TIMEOUT_MS),
    );
    return () => clearTimeout(timer);
  }, [next?.at.getTime(), now]);

  if (!loadedSettings || !loadedProducts || !settings || !products)
    return <main class="today" aria-busy="true" />;

  const model = todayModel(products, settings, now);
  const view: Clock = { now, locale, timeZone };
  const failed = (error: unknown): void => setMessage(t('saveFailed', errorText(error)));

  const answer = (treatmentId: string, family: StepFamily, reply: 'yes' | 'not-yet'): void => {
    const at = clock();
    const updated = withHealingAnswer(settings, treatmentId, family, reply, at);
    setLoadedSettings({ ...loadedSettings, settings: updated });
    setNow(at);
    saveSettings(updated).then(() => setMessage(t('saved')), failed);
  };
  const change = (edit: (list: OwnedProduct[]) => OwnedProduct[], done: string): Promise<void> =>
    updateProducts(edit).then((shelf) => {
      setLoadedProducts({ shelf, problem: null, migrated: false });
      setMessage(done);
    }, failed);

  return (
    <main class="today">
      <header>
        <h1>{t('todayTitle')}</h1>
        <p>{t('todayIntro')}</p>
      </header>
      {[
        [
          loadedSettings.problem,
          'storedSettingsProblem',
          unreadableSettingsItem,
          'aftercare-lens-unreadable.json',
        ] as const,
        [
          loadedProducts.problem,
          'storedProductsProblem',
          unreadableProductsItem,
          'aftercare-lens-unreadable-products.json',
        ] as const,
      ].map(
        ([problem, sentence, item, file]) =>
          problem && (
            <div key={file} class="problem" role="alert">
              <p>{t(sentence, problemText(words, problem))}</p>
              <button
                type="button"
                onClick={() => void item.getValue().then((kept) => saveJsonFile(file, jsonFileText(kept)))}
              >
                {t('exportUnreadable')}
              </button>
            </div>
          ),
      )}
      {!model.hasTreatment && (
        <p class="card notice">
          {t('todayNoTreatment')}{' '}
          <button type="button" class="link" onClick={openOptions}>
            {t('popupSetTreatment')}
          </button>
        </p>
      )}
      {next && (
        <p class="card next">
          <strong>{t('todayNext')}</strong> {formatUntil(next.at, now, locale, timeZone)}
          {t('separator')}
          {changeText(next)}
        </p>
      )}
      {model.checks.map((step) => {
        const plan = model.wayBack.find((p) => p.treatmentId === step.treatmentId);
        return (
          <HealingCheck
            key={`${step.treatmentId}-${step.family}`}
            step={step}
            askClinicFrom={plan?.askClinicFrom ?? now}
            clock={view}
            onAnswer={(reply) => answer(step.treatmentId, step.family, reply)}
          />
        );
      })}
      {products.length === 0 && <p class="card notice">{t('todayNoProducts')}</p>}
      <ProductGroups
        groups={model.groups}
        clock={view}
        onRename={(product, name) =>
          void change(
            (list) => list.map((p) => (p.id === product.id ? { ...p, name } : p)),
            t('productRenamed'),
          )
        }
        onRemove={(product) => {
          if (confirmRemove(product.name)) {
            void change((list) => list.filter((p) => p.id !== product.id), t('productRemoved', product.name));
          }
        }}
      />
      {model.wayBack.map((plan) => {
        const treatment = settings.treatments.find((x) => x.id === plan.treatmentId);
        return (
          treatment && (
            <WayBackList
              key={plan.treatmentId}
              plan={plan}
              treatment={treatment}
              named={model.wayBack.length > 1}
              clock={view}
              onChange={openOptions}
            />
          )
        );
      })}
      <AddProduct
        open={products.length === 0}
        onAdd={async (fields) => {
          const at = clock();
          // The id is picked against the shelf as stored when it is written.
          const product = typedProduct({ ...fields, id: '' }, toOffsetIso(at, timeZone));
          if (product.analysis.ingredients.length === 0) return false;
          await change(
            (list) => [...list, { ...product, id: freshProductId(list, at) }],
            t('productAdded', product.name),
          );
          return true;
        }}
      />
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>
      <footer>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
        <p>{t('todayPrivacy')}</p>
      </footer>
    </main>
  );
}
