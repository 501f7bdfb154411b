import { useEffect, useState } from 'preact/hooks';
import { analyzeLabel } from '../../ingredients/analyze-label';
import { loadSettings, watchSettings } from '../../storage/settings-store';
import type { Settings } from '../../window/treatment';
import { t } from '../i18n';
import { verdictModel } from '../popup/popup-state';
import { VerdictView } from '../popup/VerdictView';
import { WhenToCallLink } from '../popup/WhenToCallLink';

export interface CheckAppProps {
  /** The text the patient selected (from the context menu's click). */
  text: string;
  locale: string;
  timeZone: string;
  clock?: () => Date;
  openOptions(): void;
}

/** The selected text checked: the popup's own view of a list, on a page of its own. */
export function CheckApp({ text, locale, timeZone, clock = () => new Date(), openOptions }: CheckAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    void loadSettings().then((loaded) => setSettings(loaded.settings));
    return watchSettings((loaded) => {
      setSettings(loaded.settings);
      setNow(clock());
    });
  }, []);
  if (!settings) return <main class="popup check" aria-busy="true" />;
  const analysis = analyzeLabel(text);
  return (
    <main class="popup check">
      <header>
        <p class="app">{t('extName')}</p>
        <h1>{t('checkTitle')}</h1>
      </header>
      {analysis.ingredients.length === 0 ? (
        <p class="lead">{t('checkNothing')}</p>
      ) : (
        <VerdictView
          model={verdictModel(analysis, null, settings, now)}
          analysis={analysis}
          productType={null}
          clock={{ now, locale, timeZone }}
          pageUrl={null}
          idPrefix="check"
          onSetTreatment={openOptions}
        />
      )}
      <details class="selected-text">
        <summary>{t('checkSelectedText')}</summary>
        <p>{text}</p>
      </details>
      <footer>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
        <WhenToCallLink />
      </footer>
    </main>
  );
}
