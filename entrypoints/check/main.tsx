import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CheckApp } from '../../src/ui/check/CheckApp';
import '../popup/style.css';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  render(
    <CheckApp
      text={new URLSearchParams(location.search).get('text') ?? ''}
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}
