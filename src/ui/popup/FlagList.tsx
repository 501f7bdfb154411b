import { familyName, noteText, reasonText } from '../../i18n/core-text';
import type { Finding } from '../../ingredients/analyze-label';
import type { AvoidNameFlag, FlaggedFamily } from '../../verdict/product-verdict';
import { formatUntil } from '../../window/format-until';
import { t, words } from '../i18n';
import type { Clock } from '../today/today-text';
import type { FlagGroup } from './popup-state';

export interface FlagGroupsProps {
  groups: FlagGroup[];
  clock: Clock;
  /** Prefix for the groups' heading ids: the popup and its paste box may both show groups. */
  idPrefix: string;
}

function names(findings: Finding[]): string {
  return [...new Set(findings.map((f) => (f.part ? `${f.name} (${t('popupPart', f.part)})` : f.name)))].join(
    ', ',
  );
}

/** Why a listed name is flagged: whose list it is on. */
function listedReason(flag: AvoidNameFlag): string {
  if (flag.from === 'clinic')
    return flag.clinic
      ? t('popupListedByClinic', flag.clinic, flag.name)
      : t('popupListedByAClinic', flag.name);
  return t('popupListedByYou', flag.name);
}

/** Whose list a flag comes from: its family, the clinic's avoid list or the patient's own. */
function listName(family: FlaggedFamily): string {
  return family.avoidName?.from === 'clinic' ? t('avoidListOfClinic') : familyName(words, family.key);
}

/**
 * One flagged family in two lines: its level, the names as printed and the family; its reason.
 * Each line is cut to the popup's width; opening the row shows both whole, and the note.
 */
function FlagItem({ family }: { family: FlaggedFamily }) {
  const first = family.findings[0];
  const reason = family.avoidName
    ? listedReason(family.avoidName)
    : first
      ? reasonText(words, first.reason)
      : t('popupMakeupReason');
  return (
    <li class={`flag ${family.level}`}>
      <details>
        <summary>
          <span class="flag-line">
            <span class="tag">{t(family.level === 'avoid' ? 'levelAvoid' : 'levelCare')}</span>{' '}
            <strong>{family.findings.length ? names(family.findings) : familyName(words, 'makeup')}</strong>
            {family.findings.length > 0 && <span class="family"> · {listName(family)}</span>}
          </span>
          <span class="gist">{reason}</span>
        </summary>
        {first?.note && <p class="more">{noteText(words, first.note)}</p>}
      </details>
    </li>
  );
}

/**
 * The families in force now, grouped by the moment they are fine again ("Until Sun 6 Dec, 18:40
 * (in 4 days)"): the date once per group, not under every ingredient.
 */
export function FlagGroups({ groups, clock, idPrefix }: FlagGroupsProps) {
  return (
    <>
      {groups.map((group, i) => {
        const id = `${idPrefix}-until-${i}`;
        return (
          <section class="flags" aria-labelledby={id} key={id}>
            <h2 id={id}>
              {group.untilCleared || !group.until
                ? t('groupUntilCleared')
                : t('groupUntil', formatUntil(group.until, clock.now, clock.locale, clock.timeZone))}
            </h2>
            <ul>
              {group.families.map((family) => (
                <FlagItem
                  key={family.avoidName ? `${family.key}:${family.avoidName.name}` : family.key}
                  family={family}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export interface TraceListProps {
  traces: Finding[];
}

/** Acids at a pH-adjuster level: named quietly, with the reason they do not count. */
export function TraceList({ traces }: TraceListProps) {
  if (traces.length === 0) return null;
  return (
    <details class="traces">
      <summary>{t('popupTraces', traces.map((f) => f.name).join(', '))}</summary>
      <ul>
        {traces.map((f) => (
          <li key={`${f.part ?? ''}${f.position}`}>
            {t('popupTraceWhy', f.name, reasonText(words, f.reason))}
          </li>
        ))}
      </ul>
    </details>
  );
}
