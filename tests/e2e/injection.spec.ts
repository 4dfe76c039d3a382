// Every page built from the script-injection cases, opened in Chromium with a hook on every way a script could show itself: none may run.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watch } from './helpers.ts';
import { injectionSite } from '../helpers/bad-content.ts';

let pages: string[] = [];
test.beforeAll(async () => {
  const dist = await injectionSite();
  pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
});

test('no injected script runs on any page of the injection site', async ({ page }) => {
  test.setTimeout(300_000);
  expect(pages.length).toBeGreaterThan(20);
  await page.addInitScript(() => {
    const w = window as unknown as { __executed: string[] };
    w.__executed = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => w.__executed.push(`${name}(${args.join(',')})`);
    }
    document.addEventListener('securitypolicyviolation', (e) => w.__executed.push(`csp: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const w = await watch(page);
  const executed: string[] = [];
  for (const path of pages) {
    await page.goto(process.env.INJECTION_URL + path, { waitUntil: 'load' });
    // Hover and focus everything, so handlers such as onmouseover or onfocus would fire if any had slipped through.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        el.focus?.();
      }
    });
    executed.push(...(await page.evaluate(() => (window as unknown as { __executed: string[] }).__executed)).map((e) => `${path}: ${e}`));
  }
  expect(executed).toEqual([]);
  expect(dialogs).toEqual([]);
  // E-mail editions link to the site's public address by design; nothing else may leave.
  expect(w.external.filter((u) => !u.startsWith('https://communiques.example.org/'))).toEqual([]);
});
