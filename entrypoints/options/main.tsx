import { render } from 'preact';
import { t, uiLocale } from '../../src/ui/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = t('language');
if (root) {
  render(
    <OptionsApp
      locale={uiLocale()}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      welcome={new URLSearchParams(location.search).has('welcome')}
    />,
    root,
  );
}
