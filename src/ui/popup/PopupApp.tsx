import { useEffect, useState } from 'preact/hooks';
import type { PageScan } from '../../extract/page-scan';
import { freshProductId, type OwnedProduct, scannedProduct } from '../../routine/product';
import { nextChange } from '../../routine/today';
import { loadProducts, updateProducts, watchProducts } from '../../storage/products-store';
import { loadSettings, watchSettings } from '../../storage/settings-store';
import type { Settings } from '../../window/treatment';
import { nextBoundary } from '../../window/window-status';
import { toOffsetIso } from '../../window/zone';
import { keyName, t } from '../i18n';
import { TodaySummary } from '../today/TodaySummary';
import { OwnedBox } from './OwnedBox';
import { PasteCheck } from './PasteCheck';
import { type PopupOffers, type PopupState, popupState } from './popup-state';
import { VerdictView } from './VerdictView';
import { WhenToCallLink } from './WhenToCallLink';

export interface PopupAppProps {
  /** The active tab's scan; null when nobody answered there (the extension does not read that page). */
  scan: PageScan | null;
  locale: string;
  timeZone: string;
  clock?: () => Date;
  openOptions(): void;
  /** Opens the Today page (the patient's products). */
  openToday(): void;
  /**
   * What the tab allows: reading a web page once now (activeTab), or always reading its site (an
   * optional host permission asked from this click). Which the popup offers, `popupState` decides.
   */
  offers?: PopupOffers;
  checkThisPage?: () => Promise<void>;
  alwaysCheckThisSite?: () => Promise<void>;
}

// setTimeout's limit: a boundary further away is re-checked after this long.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const NO_OFFERS: PopupOffers = { readOnce: false, addSite: false };

/** The popup: what this page's product means for the patient now, in every state. */
export function PopupApp(props: PopupAppProps) {
  const { scan, locale, timeZone, clock = () => new Date(), openOptions, openToday } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [products, setProducts] = useState<OwnedProduct[] | null>(null);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    void loadSettings().then((loaded) => setSettings(loaded.settings));
    void loadProducts().then((loaded) => setProducts(loaded.shelf.products));
    const unwatchSettings = watchSettings((loaded) => {
      setSettings(loaded.settings);
      setNow(clock());
    });
    const unwatchProducts = watchProducts((loaded) => {
      setProducts(loaded.shelf.products);
      setNow(clock());
    });
    return () => {
      unwatchSettings();
      unwatchProducts();
    };
  }, []);
  // Re-render when a window ends, or a product's place changes, while the popup is open.
  useEffect(() => {
    if (!settings || !products) return;
    const times = [nextBoundary(settings, now), nextChange(products, settings, now)?.at ?? null]
      .filter((d): d is Date => d !== null)
      .map((d) => d.getTime());
    if (times.length === 0) return;
    const next = new Date(Math.min(...times));
    const timer = setTimeout(
      () => setNow(clock()),
      Math.min(next.getTime() - now.getTime() + 1000, MAX_TIMEOUT_MS),
    );
    return () => clearTimeout(timer);
  }, [settings, products, now]);

  if (!settings || !products) return <main class="popup" aria-busy="true" />;
  const view = { now, locale, timeZone };
  const state = popupState(scan, settings, now, props.offers ?? NO_OFFERS);
  const product = 'product' in state ? state.product : null;
  const readOnce = (
    <button type="button" class="secondary" onClick={() => void props.checkThisPage?.()}>
      {t('popupCheckThisPage')}
    </button>
  );

  let body;
  switch (state.kind) {
    case 'not-read':
      body = (
        <>
          <p class="lead">{t('popupNotRead')}</p>
          <div class="actions">
            {state.readOnce && (
              <button type="button" onClick={() => void props.checkThisPage?.()}>
                {t('popupCheckThisPage')}
              </button>
            )}
            {state.addSite && (
              <button type="button" class="secondary" onClick={() => void props.alwaysCheckThisSite?.()}>
                {t('popupAlwaysCheckSite')}
              </button>
            )}
          </div>
        </>
      );
      break;
    case 'not-product':
      body = (
        <>
          <p class="lead">{t('popupNotProduct')}</p>
          {/* The first look may miss a product page of an unusual shape: reading it fully is one click. */}
          {state.readOnce && <div class="actions">{readOnce}</div>}
        </>
      );
      break;
    case 'not-cosmetic':
      body = <p class="lead">{t('popupNotCosmetic')}</p>;
      break;
    case 'no-list':
      body = <p class="lead">{t('popupNoList')}</p>;
      break;
    case 'product':
      body = (
        <VerdictView
          model={state.model}
          analysis={state.analysis}
          productType={state.product.type}
          clock={view}
          pageUrl={state.scan.url}
          idPrefix="page"
          onSetTreatment={openOptions}
        >
          <OwnedBox
            scan={state.scan}
            products={products}
            settings={settings}
            clock={view}
            openToday={openToday}
            onSave={async () => {
              const at = clock();
              await updateProducts((list) => {
                const saved = scannedProduct(state.scan, freshProductId(list, at), toOffsetIso(at, timeZone));
                return saved ? [...list, saved] : list;
              });
            }}
          />
        </VerdictView>
      );
      break;
  }
  return (
    <main class="popup">
      <PopupHeader product={product} />
      {body}
      {/* Where the tab shows no product, the popup shows Today in short. */}
      {!product && (
        <TodaySummary products={products} settings={settings} clock={view} openToday={openToday} />
      )}
      <PasteCheck open={pasteOpen(state)} settings={settings} clock={view} onSetTreatment={openOptions} />
      <footer>
        <button type="button" class="link" onClick={openToday}>
          {t('openToday')}
        </button>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
        <WhenToCallLink />
      </footer>
    </main>
  );
}

/** The paste box is open where the page gave no list to check. */
function pasteOpen(state: PopupState): boolean {
  return state.kind !== 'product';
}

/** The product's name as the one heading (or the extension's name), with its brand and type. */
function PopupHeader({ product }: { product: PopupStateProduct | null }) {
  return (
    <header>
      {product?.title ? (
        <>
          <p class="app">{t('extName')}</p>
          <h1>{product.title}</h1>
        </>
      ) : (
        <h1 class="app">{t('extName')}</h1>
      )}
      {product && (product.brand || product.type) && (
        <p class="meta">
          {[product.brand, product.type ? t(keyName('productType_', product.type)) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </header>
  );
}

type PopupStateProduct = Extract<PopupState, { product: unknown }>['product'];
