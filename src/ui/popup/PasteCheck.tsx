import { useState } from 'preact/hooks';
import { analyzeLabel, type LabelAnalysis } from '../../ingredients/analyze-label';
import type { Settings } from '../../window/treatment';
import { t } from '../i18n';
import { VerdictView } from './VerdictView';

export interface PasteCheckProps {
  open: boolean;
  settings: Settings;
  now: Date;
  locale: string;
  timeZone: string;
  onSetTreatment(): void;
}

/** Paste any ingredient list and check it: reachable from every state of the popup. */
export function PasteCheck(props: PasteCheckProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<LabelAnalysis | null>(null);
  return (
    <details class="paste" open={props.open}>
      <summary>{t('popupPasteTitle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setResult(analyzeLabel(text));
        }}
      >
        <label for="paste-list">{t('popupPasteLabel')}</label>
        <textarea id="paste-list" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit">{t('popupPasteButton')}</button>
      </form>
      {result &&
        (result.ingredients.length === 0 ? (
          <p class="note" role="status">
            {t('popupPasteEmpty')}
          </p>
        ) : (
          <div role="status">
            <VerdictView
              analysis={result}
              productType={null}
              settings={props.settings}
              now={props.now}
              locale={props.locale}
              timeZone={props.timeZone}
              source={null}
              pageUrl={null}
              onSetTreatment={props.onSetTreatment}
            />
          </div>
        ))}
    </details>
  );
}
