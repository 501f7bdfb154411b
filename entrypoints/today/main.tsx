import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TodayApp } from '../../src/ui/today/TodayApp';
import '../options/style.css';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
document.title = `${browser.i18n.getMessage('extName')}: ${browser.i18n.getMessage('todayTitle')}`;
if (root) {
  render(
    <TodayApp
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}
