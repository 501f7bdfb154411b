import { useEffect, useRef, useState } from 'preact/hooks';
import { formatUntil } from '../../window/format-until';
import { defaultSettings, parseInstant, type Settings, type Treatment } from '../../window/treatment';
import {
  type LoadedSettings,
  loadSettings,
  saveSettings,
  unreadableSettingsItem,
  watchSettings,
} from '../../storage/settings-store';
import { loadPreferences, type Preferences, savePreferences } from '../../storage/preferences-store';
import { loadProducts, saveProducts, watchProducts } from '../../storage/products-store';
import { type OwnedProduct, PRODUCTS_VERSION } from '../../routine/product';
import { productFamilies } from '../../routine/today';
import { problemText } from '../../i18n/core-text';
import { WhenToCall } from '../clinic/WhenToCall';
import { errorText, keyName, t, words } from '../i18n';
import { OpenJsonFile } from '../OpenJsonFile';
import { jsonFileText, saveJsonFile } from '../save-file';
import { AddedSites } from './AddedSites';
import { ClinicImport } from './ClinicImport';
import { NewTreatment } from './NewTreatment';
import { RemindersSwitch } from './RemindersSwitch';
import { readSettingsFile, settingsFile } from './settings-file';
import { freshId, isPast } from './treatment-edit';
import { TreatmentEditor } from './TreatmentEditor';

export interface OptionsAppProps {
  locale: string;
  timeZone: string;
  /** First run: a short welcome, and the date field focused. */
  welcome: boolean;
  clock?: () => Date;
  saveDelayMs?: number;
}

const SAVE_DELAY_MS = 300;
const TICK_MS = 60_000;

/** The options page: the patient's treatments, their windows, and the settings file. */
export function OptionsApp({
  locale,
  timeZone,
  welcome,
  clock = () => new Date(),
  saveDelayMs = SAVE_DELAY_MS,
}: OptionsAppProps) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings());
  const [message, setMessage] = useState<string>('');
  const [adding, setAdding] = useState(false);
  const [preferences, setPreferences] = useState<Preferences>({ highlight: true });
  // The patient's products decide which families take a turn on a treatment's way back.
  const [products, setProducts] = useState<OwnedProduct[]>([]);
  const [now, setNow] = useState(clock);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<string>('');

  useEffect(() => {
    void loadPreferences().then(setPreferences);
    void loadProducts().then((loaded) => setProducts(loaded.shelf.products));
    const unwatchProducts = watchProducts((loaded) => setProducts(loaded.shelf.products));
    void loadSettings().then((result) => {
      setLoaded(result);
      setSettings(result.settings);
      lastSaved.current = JSON.stringify(result.settings);
    });
    const unwatch = watchSettings((result) => {
      // Another page (or an import) changed them: follow, unless it is our own save coming back.
      if (JSON.stringify(result.settings) === lastSaved.current) return;
      lastSaved.current = JSON.stringify(result.settings);
      setSettings(result.settings);
    });
    const tick = setInterval(() => setNow(clock()), TICK_MS);
    return () => {
      unwatch();
      unwatchProducts();
      clearInterval(tick);
    };
  }, []);

  const update = (next: Settings): void => {
    setSettings(next);
    setNow(clock());
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      lastSaved.current = JSON.stringify(next);
      saveSettings(next).then(
        () => setMessage(t('saved')),
        (error: unknown) => setMessage(t('saveFailed', errorText(error))),
      );
    }, saveDelayMs);
  };
  const replace = (treatment: Treatment): void =>
    update({
      ...settings,
      treatments: settings.treatments.map((x) => (x.id === treatment.id ? treatment : x)),
    });
  const remove = (id: string): void =>
    update({ ...settings, treatments: settings.treatments.filter((x) => x.id !== id) });

  if (!loaded) return <main aria-busy="true" />;
  const families = productFamilies(products);
  const current = settings.treatments.filter((x) => !isPast(settings, x, now, families));
  const past = settings.treatments.filter((x) => isPast(settings, x, now, families));
  const showNew = adding || settings.treatments.length === 0;

  return (
    <main>
      <header>
        <h1>{welcome ? t('welcomeTitle') : t('optionsTitle')}</h1>
        <p>{welcome ? t('welcomeText') : t('optionsIntro')}</p>
        <p>
          <a href="/today.html">{t('openToday')}</a>
        </p>
      </header>
      {loaded.problem && (
        <div class="problem" role="alert">
          <p>{t('storedSettingsProblem', problemText(words, loaded.problem))}</p>
          <button
            type="button"
            onClick={() =>
              void unreadableSettingsItem
                .getValue()
                .then((kept) => saveJsonFile('aftercare-lens-unreadable.json', jsonFileText(kept)))
            }
          >
            {t('exportUnreadable')}
          </button>
        </div>
      )}
      {current.map((treatment) => (
        <TreatmentEditor
          key={treatment.id}
          treatment={treatment}
          settings={settings}
          now={now}
          locale={locale}
          timeZone={timeZone}
          onChange={replace}
          onRemove={() => remove(treatment.id)}
        />
      ))}
      {showNew ? (
        <NewTreatment
          id={freshId(settings.treatments, now)}
          timeZone={timeZone}
          autoFocus={welcome || adding}
          onCreate={(treatment) => {
            setAdding(false);
            update({ ...settings, treatments: [...settings.treatments, treatment] });
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('addTreatment')}
        </button>
      )}
      <ClinicImport settings={settings} now={now} locale={locale} timeZone={timeZone} onApply={update} />
      <WhenToCall
        types={[...new Set(current.map((x) => x.type))]}
        clinics={current.flatMap((x) => (x.clinic ? [x.clinic] : []))}
      />
      {past.length > 0 && (
        <details class="history">
          <summary>{t('pastTreatments', String(past.length))}</summary>
          <ul>
            {past.map((treatment) => {
              const at = parseInstant(treatment.performedAt);
              return (
                <li key={treatment.id}>
                  {t(keyName('treatmentType_', treatment.type))}
                  {at ? ` — ${formatUntil(at, now, locale, timeZone)}` : ''}{' '}
                  <button type="button" class="link" onClick={() => remove(treatment.id)}>
                    {t('removeTreatment')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <section class="settings">
        <label class="check">
          <input
            type="checkbox"
            checked={settings.preTreatmentWarning.enabled}
            onChange={(e) =>
              update({ ...settings, preTreatmentWarning: { enabled: e.currentTarget.checked } })
            }
          />
          {t('preTreatmentWarning')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={preferences.highlight}
            onChange={(e) => {
              const next = { ...preferences, highlight: e.currentTarget.checked };
              setPreferences(next);
              void savePreferences(next).then(() => setMessage(t('saved')));
            }}
          />
          {t('highlightSwitch')}
        </label>
        <RemindersSwitch onMessage={setMessage} />
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              void loadProducts().then((loaded) =>
                saveJsonFile(
                  'aftercare-lens-settings.json',
                  settingsFile(settings, clock(), loaded.shelf.products),
                ),
              )
            }
          >
            {t('exportSettings')}
          </button>
          <OpenJsonFile
            label={t('importSettings')}
            onText={async (text) => {
              const result = readSettingsFile(text);
              if (result.ok) {
                update(result.settings);
                const saved = result.products
                  ? saveProducts({ version: PRODUCTS_VERSION, products: result.products })
                  : Promise.resolve();
                await saved.then(
                  () => setMessage(t('importDone')),
                  (error: unknown) => setMessage(t('saveFailed', errorText(error))),
                );
              } else {
                setMessage(t('importFailed', problemText(words, result.problem)));
              }
            }}
          />
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (confirm(t('resetConfirm'))) update(defaultSettings());
            }}
          >
            {t('resetSettings')}
          </button>
        </div>
      </section>
      <AddedSites onStatus={setMessage} />
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>
      <footer>
        <p>{t('privacyNote')}</p>
      </footer>
    </main>
  );
}
