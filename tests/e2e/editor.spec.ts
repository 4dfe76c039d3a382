// The editor at /admin/, as a communication officer uses it on a laptop: Sveltia CMS in local-repository mode on a
// copy of the content folder (the browser's origin-private file system stands in for the folder they would pick).
// A French release is written, then its Spanish translation; the files must be ones the site accepts and links. Then
// one field of a bundled release is edited: its file must change on that field's line only, and the preview must
// show it as the site does.
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watch } from './helpers.ts';
import { buildSite } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const SLUG = '2026-conference-de-presse-sur-la-migration-de-travail';
const SEED = '2017-procureurs-traite-perou';

/** The content folder as base64 files, to seed the browser's file system with. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync('content', { recursive: true, encoding: 'utf8' })) {
    if (statSync(join('content', f)).isFile()) files[`content/${f}`] = readFileSync(join('content', f)).toString('base64');
  }
  return files;
}

test('writes a French release and its Spanish translation that the site accepts and links, and edits one field of a release, from the project’s own files only', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const w = await watch(page);
  // The folder picker answers with a folder of the origin-private file system.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('site', { create: true });
  });
  await page.goto(`${process.env.SITE_URL}/admin/`);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('site', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, base64] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, contentFiles());

  // The editor draws a field when it is scrolled into view: the text comes last.
  const revealText = async () => {
    await page.getByRole('textbox', { name: 'Titre' }).first().hover();
    for (let k = 0; k < 12 && (await page.locator('[contenteditable="true"]').count()) === 0; k++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(300);
    }
  };

  // Its interface follows the browser's language.
  await page.getByRole('button', { name: /Travailler avec un dépôt local/ }).click();
  await expect(page.getByText('Vous consultez maintenant la collection « ⁨Communiqués⁩ », qui contient 2 entrées.')).toBeAttached({ timeout: 20_000 });
  expect(w.errors, 'no error while the editor loads').toEqual([]);

  // A French release: title, date (with the date picker), country, topic, a contact, its text.
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  // (the new entry's form is drawn, then drawn again with its defaults: typing waits for the second)
  await expect(page.getByText('Communiqué', { exact: true }).first()).toBeVisible();
  await page.waitForTimeout(1500);
  await page.getByRole('textbox', { name: 'Titre' }).fill('Conférence de presse sur la migration de travail');
  await page.locator('input[type="date"]').fill('2026-12-04');
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue('Conférence de presse sur la migration de travail');
  await page.getByRole('combobox', { name: 'Pays' }).click();
  await page.getByRole('option', { name: 'Pérou', exact: true }).click();
  // (a few topics are offered as boxes to tick)
  await page.getByRole('group', { name: 'Thèmes', exact: true }).getByRole('checkbox', { name: 'Lutte contre la traite' }).click();
  await page.locator('button[data-label*="Contact"]').click();
  await page.getByRole('textbox', { name: 'Nom' }).fill('Ana Ruiz');
  await page.getByRole('textbox', { name: 'Courriel' }).fill('aruiz@example.org');
  await revealText();
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type('La conférence aura lieu à Lima.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Entrée enregistrée.')).toBeVisible({ timeout: 10_000 });

  // Its Spanish translation.
  await page.getByText('Conférence de presse sur la migration de travail').click();
  await page.getByRole('radio', { name: /Espagnol/ }).first().click();
  await page.getByRole('button', { name: /Activer ⁨?Espagnol/ }).click();
  await page.getByRole('textbox', { name: 'Titre' }).first().fill('Conferencia de prensa sobre la migración laboral');
  await revealText();
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('La conferencia tendrá lugar en Lima.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Entrée enregistrée.').last()).toBeVisible({ timeout: 10_000 });

  // One field of a bundled release: its dateline. The preview shows it as the site does meanwhile.
  await page.evaluate(() => (location.hash = '#/collections/communiques'));
  await page.getByRole('row', { name: /L’OIM au Pérou forme des procureurs/ }).click();
  // (the editor opens it in the language last worked in: Spanish, which it does not have)
  await page.getByRole('radio', { name: 'Français' }).first().click();
  const dateline = page.getByRole('textbox', { name: 'Lieu', exact: true }).first();
  await expect(dateline).toHaveValue('Pérou', { timeout: 10_000 });
  await dateline.fill('Lima, Pérou');
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.locator('.release__dateline')).toHaveText('Lima, Pérou');
  // The site's typography (a narrow no-break space before the colon), acronyms spelled out, the chart drawn.
  await expect(preview.locator('.prose')).toContainText('le plus élevé\u00a0: Callao');
  await expect(preview.locator('.prose abbr[title="Organisation internationale pour les migrations"]').first()).toHaveText('OIM');
  await expect(preview.locator('.prose figure.chart svg')).toHaveCount(1);
  // The site's stylesheet, not the editor's: a type label is drawn as on the site.
  expect(await preview.locator('.release__labels .label').first().evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('4px');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Entrée enregistrée.').last()).toBeVisible({ timeout: 10_000 });

  const written = await page.evaluate(async ({ slug, seed }) => {
    const site = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    const folder = await (await site.getDirectoryHandle('content')).getDirectoryHandle('communiques');
    const read = async (lang: string, name = slug) => (await (await (await folder.getDirectoryHandle(lang)).getFileHandle(`${name}.md`)).getFile()).text();
    return { fr: await read('fr'), es: await read('es'), seed: await read('fr', seed) };
  }, { slug: SLUG, seed: SEED });
  expect(w.external, 'no request to another host').toEqual([]);
  expect(w.errors, 'no error while the editor saves').toEqual([]);
  await context.close();

  expect(written.fr).toMatch(/^---\ntitle: Conférence de presse sur la migration de travail\nlang: fr\ndate: 2026-12-04\n/);
  expect(written.fr).toContain('\ncountries: [PE]\ntopics: [counter-trafficking]\n');
  expect(written.fr).toContain('  - name: Ana Ruiz\n    email: aruiz@example.org\n');
  expect(written.es).toMatch(/^---\ntitle: Conferencia de prensa sobre la migración laboral\nlang: es\n/);
  // The contacts, entered once, are in both versions.
  expect(written.es).toContain('  - name: Ana Ruiz\n    email: aruiz@example.org\n');
  // The seed changed on its dateline's line, and nowhere else: every other field, its notes and its text as they were.
  const seedBefore = readFileSync(`content/communiques/fr/${SEED}.md`, 'utf8');
  expect(written.seed).toBe(seedBefore.replace('\ndateline: Pérou\n', '\ndateline: Lima, Pérou\n'));
  expect(written.seed).not.toBe(seedBefore);

  // The site checks them, builds them, and links the two versions.
  const content = tempDir('edited-content-');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'communiques/es'), { recursive: true });
  writeFileSync(join(content, `communiques/fr/${SLUG}.md`), written.fr);
  writeFileSync(join(content, `communiques/es/${SLUG}.md`), written.es);
  writeFileSync(join(content, `communiques/fr/${SEED}.md`), written.seed);
  const build = await buildSite(content);
  expect(build.code, build.output).toBe(0);
  const slug = SLUG.replace(/^2026-/, '');
  const fr = readFileSync(join(build.outDir, `2026/${slug}/index.html`), 'utf8');
  expect(fr).toContain(`<link rel="alternate" hreflang="es" href="https://communiques.example.org/es/2026/${slug}/">`);
  expect(readFileSync(join(build.outDir, `es/2026/${slug}/index.html`), 'utf8')).toContain(`hreflang="fr" href="https://communiques.example.org/2026/${slug}/"`);
});
