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
import { VerdictView } from './VerdictView';
import { WhenToCallLink } from './WhenToCallLink';

export interface PopupAppProps {
  /** The active tab's scan; null when the extension does not read that page. */
  scan: PageScan | null;
  locale: string;
  timeZone: string;
  clock?: () => Date;
  openOptions(): void;
  /** Opens the Today page (the patient's products). */
  openToday(): void;
  /**
   * For a page the extension does not read on its own: read it once now (activeTab), or always
   * read this site (an optional host permission asked from this click). Reading once is also
   * offered where no product was found. Absent when not offered.
   */
  checkThisPage?: () => Promise<void>;
  alwaysCheckThisSite?: () => Promise<void>;
}

// setTimeout's limit: a boundary further away is re-checked after this long.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

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
  const clockView = { now, locale, timeZone };
  const product = scan?.product ?? null;
  const common = {
    settings,
    now,
    locale,
    timeZone,
    onSetTreatment: openOptions,
  };
  const noList = !scan?.analysis || !scan.list || scan.analysis.ingredients.length === 0;
  let body;
  if (!scan && (props.checkThisPage || props.alwaysCheckThisSite)) {
    body = (
      <>
        <p class="lead">{t('popupNotRead')}</p>
        <div class="actions">
          {props.checkThisPage && (
            <button type="button" onClick={() => void props.checkThisPage?.()}>
              {t('popupCheckThisPage')}
            </button>
          )}
          {props.alwaysCheckThisSite && (
            <button type="button" class="secondary" onClick={() => void props.alwaysCheckThisSite?.()}>
              {t('popupAlwaysCheckSite')}
            </button>
          )}
        </div>
      </>
    );
  } else if (!product)
    body = (
      <>
        <p class="lead">{t('popupNotProduct')}</p>
        {/* The first look may miss a product page of an unusual shape: reading it fully is one click. */}
        {props.checkThisPage && (
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void props.checkThisPage?.()}>
              {t('popupCheckThisPage')}
            </button>
          </div>
        )}
      </>
    );
  else if (!scan?.isCosmeticProduct) body = <p class="lead">{t('popupNotCosmetic')}</p>;
  else if (!scan.analysis || !scan.list || scan.analysis.ingredients.length === 0)
    body = <p class="lead">{t('popupNoList')}</p>;
  else
    body = (
      <>
        <OwnedBox
          scan={scan}
          products={products}
          settings={settings}
          clock={clockView}
          openToday={openToday}
          onSave={async () => {
            const at = clock();
            await updateProducts((list) => {
              const saved = scannedProduct(scan, freshProductId(list, at), toOffsetIso(at, timeZone));
              return saved ? [...list, saved] : list;
            });
          }}
        />
        <VerdictView
          {...common}
          analysis={scan.analysis}
          productType={product.type}
          source={scan.list.source}
          pageUrl={scan.url}
        />
      </>
    );
  // Where the tab shows no product, the popup shows Today in short.
  const today = !product && (
    <TodaySummary products={products} settings={settings} clock={clockView} openToday={openToday} />
  );
  const pasteOpen = !product || !scan?.isCosmeticProduct || noList;
  return (
    <main class="popup">
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
      {body}
      {today}
      <PasteCheck open={pasteOpen} {...common} />
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
