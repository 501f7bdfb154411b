import type { Finding } from '../../ingredients/analyze-label';
import { formatUntil } from '../../window/format-until';
import type { AvoidNameFlag, FlaggedFamily } from '../../verdict/product-verdict';
import { keyName, t } from '../i18n';

export interface FlagListProps {
  title: string;
  families: FlaggedFamily[];
  now: Date;
  locale: string;
  timeZone: string;
  tone: 'avoid' | 'caution';
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

/** Flagged families with the ingredients as printed, why, and until when. */
export function FlagList({ title, families, now, locale, timeZone, tone }: FlagListProps) {
  if (families.length === 0) return null;
  return (
    <section class={`flags ${tone}`} aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {families.map((family) => (
          <li key={family.avoidName ? `${family.key}:${family.avoidName.name}` : family.key}>
            <p class="flag-name">
              <strong>{family.findings.length ? names(family.findings) : t('family_makeup')}</strong>
              {family.findings.length > 0 && (
                <span class="family"> · {t(keyName('family_', family.key))}</span>
              )}
            </p>
            <p class="reason">
              {family.avoidName
                ? listedReason(family.avoidName)
                : (family.findings[0]?.reason ?? t('popupMakeupReason'))}
            </p>
            {family.findings[0]?.note && <p class="reason">{family.findings[0].note}</p>}
            <p class="until">
              {family.untilCleared
                ? t('popupUntilCleared')
                : family.until
                  ? t('popupAvoidUntil', formatUntil(family.until, now, locale, timeZone))
                  : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
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
      <summary>
        {t('popupTraces')}: {traces.map((f) => f.name).join(', ')}
      </summary>
      <ul>
        {traces.map((f) => (
          <li key={`${f.part ?? ''}${f.position}`}>
            <strong>{f.name}</strong>: {f.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
