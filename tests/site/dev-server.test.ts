// `npm run dev` as authors use it: what they save shows in the browser, and a mistake is reported without losing the page.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, uniqueWord, type DevServer } from '../helpers/dev-server.ts';

/** Waits (up to 30 s) until `check` holds for the page at `path`; returns the last page seen. */
async function pageWhen(dev: DevServer, path: string, check: (page: { status: number; html: string }) => boolean) {
  let page = { status: 0, html: '' };
  for (let i = 0; i < 300; i++) {
    const response = await fetch(`${dev.url}${path}`);
    page = { status: response.status, html: await response.text() };
    if (check(page)) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} never showed what was expected; last seen (${page.status}):\n${page.html.slice(0, 300)}\n\nThe dev server said:\n${dev.output().slice(-3000)}`);
}

describe('the dev server', () => {
  let dev: DevServer;
  const release = '/2017/procureurs-traite-perou/';
  const file = () => join(dev.content, 'communiques/fr/2017-procureurs-traite-perou.md');

  beforeAll(async () => {
    dev = await startDevServer();
    await pageWhen(dev, release, (p) => p.status === 200);
  });
  afterAll(() => dev?.stop());

  it('shows an edited body and title', async () => {
    const original = readFileSync(file(), 'utf8');
    const marker = `Une phrase ajoutée ${uniqueWord()}.`;
    writeFileSync(file(), `${original.replace('title: L’OIM au Pérou', 'title: L’OIM au Pérou (mise à jour)')}\n${marker}\n`);
    const page = await pageWhen(dev, release, (p) => p.html.includes(marker));
    expect(page.html).toContain('L’OIM au Pérou (mise à jour)');
    writeFileSync(file(), original);
    await pageWhen(dev, release, (p) => !p.html.includes(marker));
  });

  it('reports a broken edit by file and field, and keeps showing the last good version', async () => {
    const original = readFileSync(file(), 'utf8');
    writeFileSync(file(), original.replace(/^title: .*\n/m, ''));
    for (let i = 0; i < 300 && !/2017-procureurs-traite-perou\.md:\d+ — title/.test(dev.output()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(dev.output()).toMatch(/2017-procureurs-traite-perou\.md:\d+ — title: is required/);
    const page = await pageWhen(dev, release, (p) => p.status === 200);
    expect(page.html).toContain('forme des procureurs spécialisés');
    writeFileSync(file(), original);
  });

  it('serves the editor at /admin/ with its files, as the build does', async () => {
    expect((await fetch(`${dev.url}/admin/`)).status).toBe(200);
    for (const [path, type] of [['sveltia-cms.js', 'text/javascript'], ['locales/fr.json', 'application/json'], ['config.yml', 'application/yaml']]) {
      const response = await fetch(`${dev.url}/admin/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
    }
  });

  it('publishes a new release file and withdraws a deleted one', async () => {
    const copy = join(dev.content, 'communiques/fr/2017-procureurs-traite-perou-bis.md');
    const marker = `Version bis ${uniqueWord()}.`;
    writeFileSync(copy, `${readFileSync(file(), 'utf8').replace(/^translationKey: .*\n/m, '')}\n${marker}\n`);
    await pageWhen(dev, '/2017/procureurs-traite-perou-bis/', (p) => p.status === 200 && p.html.includes(marker));
    rmSync(copy);
    await pageWhen(dev, '/2017/procureurs-traite-perou-bis/', (p) => p.status === 404);
  });
});
