import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiLocale } from '../../src/ui/i18n';
import { TodayApp } from '../../src/ui/today/TodayApp';
import '../options/style.css';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = t('language');
document.title = `${t('extName')}: ${t('todayTitle')}`;
if (root) {
  render(
    <TodayApp
      locale={uiLocale()}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}
