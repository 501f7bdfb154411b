import { useEffect, useRef } from 'preact/hooks';
import { telHref } from '../../clinic/apply-protocol';
import { type RedFlag, redFlagsFor, URGENCIES, type Urgency } from '../../clinic/red-flags';
import type { TreatmentType } from '../../window/keys';
import type { ClinicInfo } from '../../window/treatment';
import { keyName, t } from '../i18n';

export interface WhenToCallProps {
  /** The types of the patient's current treatments; none: every type's flags. */
  types: TreatmentType[];
  /** The clinics whose protocols the patient applied, with their own items and phone. */
  clinics: ClinicInfo[];
  headingLevel?: 2 | 3;
}

const HEADINGS: Record<Urgency, Parameters<typeof t>[0]> = {
  emergency: 'callEmergency',
  now: 'callNow',
  soon: 'callSoon',
};

/**
 * When to call the clinic: the red flags of sourced aftercare guidance for the patient's
 * treatments, most urgent first, and each clinic's own items and number. All from the extension's
 * data: it works offline.
 */
export function WhenToCall({ types, clinics, headingLevel = 2 }: WhenToCallProps) {
  const flags = redFlagsFor(types);
  const card = useRef<HTMLElement>(null);
  // The popup's link opens the page at #when-to-call, before this card exists to scroll to.
  useEffect(() => {
    if (location.hash === '#when-to-call') card.current?.scrollIntoView();
  }, []);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const byUrgency = (urgency: Urgency): RedFlag[] => flags.filter((f) => f.urgency === urgency);
  return (
    <section ref={card} id="when-to-call" class="when-to-call" aria-labelledby="when-to-call-title">
      <H id="when-to-call-title">{t('whenToCallTitle')}</H>
      {clinics.map((clinic) => (
        <div class="clinic-contact" key={clinic.name}>
          <p>
            <strong>{clinic.name}</strong>
            {clinic.phone && (
              <>
                {' · '}
                <a href={telHref(clinic.phone)}>{t('callClinicPhone', clinic.phone)}</a>
              </>
            )}
          </p>
          {clinic.whenToCall.length > 0 && (
            <>
              <p class="note">{t('clinicOwnItems', clinic.name)}</p>
              <ul>
                {clinic.whenToCall.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {clinic.notes && <p class="note">{clinic.notes}</p>}
        </div>
      ))}
      {URGENCIES.map((urgency) => {
        const list = byUrgency(urgency);
        if (list.length === 0) return null;
        return (
          <div class={`urgency ${urgency}`} key={urgency}>
            <Sub>{t(HEADINGS[urgency])}</Sub>
            <ul>
              {list.map((flag) => (
                <li key={flag.id}>{t(keyName('redFlag_', flag.id))}</li>
              ))}
            </ul>
          </div>
        );
      })}
      <p class="note">{t('whenToCallNote')}</p>
    </section>
  );
}
