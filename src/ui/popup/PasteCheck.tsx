import { useState } from 'preact/hooks';
import { analyzeLabel, type LabelAnalysis } from '../../ingredients/analyze-label';
import type { Settings } from '../../window/treatment';
import { t } from '../i18n';
import type { Clock } from '../today/today-text';
import { verdictModel } from './popup-state';
import { VerdictView } from './VerdictView';

export interface PasteCheckProps {
  open: boolean;
  settings: Settings;
  clock: Clock;
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
          <div role="status" class="pasted">
            <VerdictView
              model={verdictModel(result, null, props.settings, props.clock.now)}
              analysis={result}
              productType={null}
              clock={props.clock}
              pageUrl={null}
              idPrefix="pasted"
              onSetTreatment={props.onSetTreatment}
            />
          </div>
        ))}
    </details>
  );
}
