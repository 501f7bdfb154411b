import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  render(
    <OptionsApp
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      welcome={new URLSearchParams(location.search).has('welcome')}
    />,
    root,
  );
}
