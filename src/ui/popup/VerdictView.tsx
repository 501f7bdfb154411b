import type { ComponentChildren } from 'preact';
import type { LabelAnalysis } from '../../ingredients/analyze-label';
import type { ProductType } from '../../ingredients/family-schema';
import { t, tn } from '../i18n';
import type { Clock } from '../today/today-text';
import { Alternatives } from './Alternatives';
import { FlagGroups, TraceList } from './FlagList';
import type { VerdictModel } from './popup-state';
import { VerdictLine } from './VerdictLine';

export interface VerdictViewProps {
  model: VerdictModel;
  analysis: LabelAnalysis;
  productType: ProductType | null;
  clock: Clock;
  /** The page the list was read on, or null for a pasted list. */
  pageUrl: string | null;
  /** Prefix for ids: the popup and its paste box may both show a verdict. */
  idPrefix: string;
  onSetTreatment(): void;
  /** What goes right under the answer (the popup's "I have this"). */
  children?: ComponentChildren;
}

/** The shop's address without "www.", or null for a pasted list or an address that is not one. */
function siteOf(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * What a list means for the patient now, answer first: the verdict line, then the ingredients
 * grouped by the date they are fine again, then, folded, the traces, what to use instead and the
 * list as read. The same view for a product page and a pasted list.
 */
export function VerdictView(props: VerdictViewProps) {
  const { model, analysis, clock } = props;
  const site = siteOf(props.pageUrl);
  return (
    <>
      <VerdictLine verdict={model.verdict} clock={clock} onSetTreatment={props.onSetTreatment} />
      {props.children}
      <FlagGroups groups={model.groups} clock={clock} idPrefix={props.idPrefix} />
      <TraceList traces={model.traces} />
      {model.flagged.length > 0 && (
        <Alternatives families={model.flagged} productType={props.productType} pageUrl={props.pageUrl} />
      )}
      <details class="list-read">
        <summary>
          {site ? tn('popupListRead', analysis.ingredients.length, site) : t('popupShowList')}
        </summary>
        <p>{analysis.ingredients.join(', ')}</p>
      </details>
    </>
  );
}
