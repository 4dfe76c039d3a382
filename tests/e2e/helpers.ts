// Shared browser-test helpers: watching a page for console errors, requests to other hosts and script execution.
import type { Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  external: string[];
}

/** Records console errors and page errors, and blocks (and records) any request that leaves 127.0.0.1. */
export async function watch(page: Page): Promise<Watch> {
  const w: Watch = { errors: [], external: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    w.external.push(url.href);
    return route.abort();
  });
  return w;
}

/** One page of each type in the test newsroom (and the bundled site's seed release). */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'home, page 2': '/page/2/',
  'release with chart and contacts': '/2017/procureurs-traite-perou/',
  'release, month precision': '/2007/service-telephonique-traite-maintenu/',
  'release in English': '/en/2017/prosecutors-trafficking-peru/',
  'year archive': '/2017/',
  archives: '/archives/',
  countries: '/pays/',
  country: '/pays/perou/',
  topics: '/en/topics/',
  topic: '/themes/lutte-contre-la-traite/',
  type: '/types/communique/',
  search: '/recherche/',
  'Spanish home': '/es/',
  'not found': '/no-such-page/',
  'media kit': '/kit-media/',
  'media contacts': '/en/media-contacts/',
  'release with a photo, corrected twice': '/2018/formation-lima/',
  'media advisory with its event': '/2026/avis-conference-lima/',
  'upcoming events, with other languages': '/en/upcoming/',
};
