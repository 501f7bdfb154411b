import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DEMO_PATH } from './demo-page';

/**
 * Development only: serves the demo product page from WXT's dev server, so `npm run dev` opens a
 * page the extension flags. The page is not part of any build.
 */
export function demoPagePlugin(): Plugin {
  return {
    name: 'aftercare-lens:demo-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(DEMO_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync(new URL('./demo-product.html', import.meta.url)));
      });
    },
  };
}
