import { browser } from 'wxt/browser';
import { t } from '../i18n';

export interface WhenToCallLinkProps {
  /** Opens the options page at its when-to-call card; the default opens it in a new tab. */
  open?: () => void;
}

/** The popup footer's way to the when-to-call card (options page, `#when-to-call`), offline. */
export function WhenToCallLink({ open }: WhenToCallLinkProps) {
  return (
    <button
      type="button"
      class="link"
      onClick={
        open ??
        (() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#when-to-call') }))
      }
    >
      {t('whenToCallTitle')}
    </button>
  );
}
