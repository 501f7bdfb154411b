import { useEffect, useState } from 'preact/hooks';
import type { PageScan } from '../../extract/page-scan';
import { loadSettings, watchSettings } from '../../storage/settings-store';
import type { Settings } from '../../window/treatment';
import { nextBoundary } from '../../window/window-status';
import { keyName, t } from '../i18n';
import { PasteCheck } from './PasteCheck';
import { VerdictView } from './VerdictView';

export interface PopupAppProps {
  /** The active tab's scan; null when the extension does not read that page. */
  scan: PageScan | null;
  locale: string;
  timeZone: string;
  clock?: () => Date;
  openOptions(): void;
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
  const { scan, locale, timeZone, clock = () => new Date(), openOptions } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    void loadSettings().then((loaded) => setSettings(loaded.settings));
    return watchSettings((loaded) => {
      setSettings(loaded.settings);
      setNow(clock());
    });
  }, []);
  // Re-render when a window ends while the popup is open.
  useEffect(() => {
    if (!settings) return;
    const next = nextBoundary(settings, now);
    if (!next) return;
    const timer = setTimeout(
      () => setNow(clock()),
      Math.min(next.getTime() - now.getTime() + 1000, MAX_TIMEOUT_MS),
    );
    return () => clearTimeout(timer);
  }, [settings, now]);

  if (!settings) return <main class="popup" aria-busy="true" />;
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
      <VerdictView
        {...common}
        analysis={scan.analysis}
        productType={product.type}
        source={scan.list.source}
        pageUrl={scan.url}
      />
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
      <PasteCheck open={pasteOpen} {...common} />
      <footer>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
