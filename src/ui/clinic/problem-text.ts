import type { ProtocolProblem } from '../../clinic/protocol-code';
import { problemText as valueProblemText } from '../../i18n/core-text';
import { t, words } from '../i18n';

/** A protocol that could not be read, in one sentence for the patient or the clinician. */
export function problemText(problem: ProtocolProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('protocolEmpty');
    case 'not-a-code':
      return t('protocolNotACode');
    case 'damaged':
      return t('protocolDamaged');
    case 'not-a-protocol':
      return t('protocolNotAProtocol');
    case 'newer-version':
      return t('protocolNewer', String(problem.version));
    case 'invalid':
      return valueProblemText(words, problem.problem);
  }
}
