import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  DEMO_PAGE_MATCH,
  DEMO_PAGE_URL,
  DEV_EXTENSION_ID,
  DEV_MANIFEST_KEY,
  DEV_SERVER_PORT,
} from './dev/demo-page';
import { demoPagePlugin } from './dev/demo-page-plugin';
import { engineDataPlugin } from './dev/engine-data-plugin';
import { shopMatches } from './src/extract/sites/shops';
import { LOADER_SCRIPT } from './src/permissions/loader-script';

// The pages the loader runs on, and the hosts the extension may read: the supported shops, and in
// development and test builds (`--mode e2e`) the demo address on localhost, where `npm run dev`
// serves its demo page and the Firefox test serves fixture pages.
const pageMatches = (mode: string): string[] =>
  mode === 'production' ? shopMatches() : [...shopMatches(), DEMO_PAGE_MATCH];

// Debian's Chromium refuses to start as root without this; a desktop user never needs it.
const runningAsRoot = process.getuid?.() === 0;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports everywhere: a reader sees where `browser` and `defineContentScript` come from.
  imports: false,
  vite: (env) => ({
    plugins: [preact(), ...(env.mode === 'development' ? [demoPagePlugin()] : [])],
  }),
  dev: { server: { port: DEV_SERVER_PORT } },
  hooks: {
    // The scripts injected into pages carry only what the engine reads of the ingredient data.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) {
        config.plugins = [...(config.plugins ?? []), engineDataPlugin()];
      }
    },
  },
  // The sources zip for Mozilla's review: what builds the extension, not local test output.
  zip: { excludeSources: ['test-results/**', 'stats.html'] },
  webExt: {
    startUrls: [DEMO_PAGE_URL],
    chromiumArgs: runningAsRoot ? ['--no-sandbox'] : [],
    chromiumPref: { extensions: { pinned_extensions: [DEV_EXTENSION_ID], ui: { developer_mode: true } } },
  },
  manifest: ({ browser, mode }) => ({
    ...(mode === 'development' && browser !== 'firefox' ? { key: DEV_MANIFEST_KEY } : {}),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the treatments (local only); alarms: a window's end; scripting: the page scanner
    // injected into product pages; hosts: the supported shops, where the loader runs; activeTab:
    // "check this page" on a site the extension does not read by itself; optional hosts: "always
    // check this site", asked per site from a click; optional notifications: reminders, asked
    // from the options page's switch; contextMenus: "Check these ingredients" on selected text
    // (the click hands over the selection, so no host access). README, "Permissions", explains each.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    optional_permissions: ['notifications'],
    host_permissions: pageMatches(mode),
    optional_host_permissions: ['<all_urls>'],
    // The loader (entrypoints/loader.ts), listed here rather than as a WXT content script: WXT's
    // wrapper sets up a context and a polyfill that cost more than the loader's own work.
    content_scripts: [
      {
        matches: pageMatches(mode),
        js: [LOADER_SCRIPT],
        run_at: 'document_idle',
      },
    ],
    // Firefox: desktop from 140, the oldest Firefox the browser tests run in, and the first to
    // read data_collection_permissions; Android from 142, the first Firefox for Android to read it
    // (MDN, browser_specific_settings). Edge takes the Chromium manifest as it is (`-b edge`).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'aftercare-lens@aftercare-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
