// Every page type in a real browser: no console error, no request to another host, no accessibility violation (WCAG 2.2 AA)
// in light and dark, on a phone and a desktop; every link reachable by keyboard with a visible focus; contacts kept in print.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, watch } from './helpers.ts';

const base = () => process.env.NEWSROOM_URL!;

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  test.describe(name, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        test(`${colorScheme}, ${width} px: no error, no other host, no axe violation`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          const w = await watch(page);
          await page.goto(base() + path, { waitUntil: 'networkidle' });
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(violations).toEqual([]);
          expect(w.external).toEqual([]);
          // A missing page answers 404 by design; the browser logs that as an error.
          expect(w.errors.filter((e) => !(path === '/no-such-page/' && /404/.test(e)))).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'nothing wider than the screen').toBeLessThanOrEqual(0);
        });
      }
    }

    test('keyboard alone reaches every link and control, with a visible focus', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base() + path, { waitUntil: 'networkidle' });
      // Number every element a keyboard user must be able to reach.
      const expected = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
          (el) => (el.getClientRects().length > 0 || el.classList.contains('skip-link')) && getComputedStyle(el).visibility !== 'hidden',
        );
        all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
        return all.length;
      });
      const reached = new Set<string>();
      for (let i = 0; i < expected + 3; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { id: el.getAttribute('data-kbd'), visible, what: `${el.tagName} "${el.textContent?.trim().slice(0, 30)}"` };
        });
        if (!info) continue;
        expect(info.visible, `focus is visible on ${info.what}`).toBe(true);
        if (info.id !== null) reached.add(info.id);
      }
      expect(reached.size).toBe(expected);
    });
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(base() + '/2017/procureurs-traite-perou/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#main');
});

test('printing a release keeps the text and the contacts, and drops the navigation', async ({ page }) => {
  await page.goto(base() + '/2017/procureurs-traite-perou/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.contacts')).toBeVisible();
  await expect(page.locator('.contacts')).toContainText('jmacgillivray@iom.int');
  await expect(page.locator('.prose')).toBeVisible();
  await expect(page.locator('.mainnav')).toBeHidden();
  await expect(page.locator('.languages')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('search: typing "procureurs" finds the 2017 release, and a second page of results on demand', async ({ page }) => {
  const w = await watch(page);
  // The bundled site: its own two releases, in French.
  await page.goto(process.env.SITE_URL + '/recherche/', { waitUntil: 'networkidle' });
  await expect(page.locator('.search__fallback')).toHaveCount(0);
  await expect(page.locator('#search-input')).toBeFocused();
  await page.locator('#search input').fill('procureurs');
  await expect(page.locator('.search__result-link[href$="/2017/procureurs-traite-perou/"]')).toHaveCount(1, { timeout: 10_000 });
  await expect(page.locator('.search__message')).toHaveText(/^\d+ communiqués? trouvés?$/);
  // The words found are marked in the excerpt, and nothing else of it is markup.
  await expect(page.locator('.search__excerpt mark').first()).toHaveText(/procureurs/i);
  expect(await page.locator('.search__excerpt *:not(mark)').count()).toBe(0);
  await page.locator('#search input').fill('zzzzqqq');
  await expect(page.locator('.search__message')).toHaveText('Aucun communiqué ne contient ces mots.');
  await expect(page.locator('.search__result')).toHaveCount(0);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);

  // The test newsroom has more releases than one page of results shows.
  await page.goto(base() + '/recherche/', { waitUntil: 'networkidle' });
  await page.locator('#search input').fill('traite');
  await expect(page.locator('.search__message')).toHaveText(/^\d+ communiqués trouvés$/, { timeout: 10_000 });
  expect(Number((await page.locator('.search__message').textContent())!.match(/^\d+/)![0])).toBeGreaterThan(10);
  await expect(page.locator('.search__result')).toHaveCount(5);
  await page.locator('.search__more').click();
  await expect(page.locator('.search__result')).toHaveCount(10);
});

test('search in each language finds its own release, names its filters in that language, and a filter narrows the results', async ({ page }) => {
  const w = await watch(page);
  // The filters load when a reader opens them.
  const names = async () => {
    await page.locator('.search__filters summary').click();
    await expect(page.locator('.search__filter-name')).toHaveCount(4, { timeout: 10_000 });
    return page.locator('.search__filter-name').allTextContents();
  };
  await page.goto(base() + '/es/buscar/', { waitUntil: 'networkidle' });
  await page.locator('.search__input').fill('Prueba');
  await expect(page.locator('.search__result-link[href$="/es/2017/fiscales-trata-peru/"]')).toHaveCount(1, { timeout: 10_000 });
  expect(await names()).toEqual(['Año', 'País', 'Tema', 'Tipo']);

  await page.goto(base() + '/recherche/', { waitUntil: 'networkidle' });
  await page.locator('.search__input').fill('Lima');
  await expect(page.locator('.search__result-link').first()).toBeVisible({ timeout: 10_000 });
  expect(await names()).toEqual(['Année', 'Pays', 'Thème', 'Type']);

  await page.goto(base() + '/en/search/', { waitUntil: 'networkidle' });
  await page.locator('.search__input').fill('fixture');
  await expect(page.locator('.search__result-link[href$="/en/2017/prosecutors-trafficking-peru/"]')).toHaveCount(1, { timeout: 10_000 });
  // Only English releases: the index is per language.
  for (const href of await page.locator('.search__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
  // The filters the pages declare (country, topic, type, year) are offered, and one narrows the results.
  expect(await names()).toEqual(['Country', 'Topic', 'Type', 'Year']);
  const count = async () => Number((await page.locator('.search__message').textContent())!.match(/\d+/)?.[0] ?? NaN);
  await page.locator('.search__input').fill('IOM');
  await expect(page.locator('.search__message')).toHaveText(/releases? found/, { timeout: 10_000 });
  const before = await count();
  const year = page.locator('fieldset.search__filter', { has: page.locator('.search__filter-name', { hasText: 'Year' }) });
  await year.locator('input[type="checkbox"]').first().check();
  await expect.poll(count).toBeLessThan(before);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('search without JavaScript says so and links to the archives', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base() + '/recherche/');
  await expect(page.locator('.search__fallback')).toContainText('JavaScript');
  await expect(page.locator('.search__fallback a[href="/archives/"]')).toHaveCount(1);
  await context.close();
});
