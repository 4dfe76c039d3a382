// Every page of the built site is valid HTML under the project's rules (.htmlvalidate.json); e-mail editions under
// theirs (.htmlvalidate-email.json, which allows the inline styles mail clients need). Both ask subresource
// integrity only of files from another host (the site's own stylesheet needs none), and accept a scrollable
// table's wrapper as a <div role="region"> with a name, the pattern screen readers announce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const dist = inject('siteDist');
const newsroom = inject('newsroomDist');
// The configurations are loaded by name: the built sites live in the system's temporary folder, where a loader
// that looks for a configuration above each file would find none and validate with no rules at all.
const rules = (file: string) => new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(file, 'utf8'))));
const pageRules = rules('.htmlvalidate.json');
const emailRules = rules('.htmlvalidate-email.json');
const validatorOf = (page: string) => (page.endsWith('/email.html') ? emailRules : pageRules);

async function problems(validator: HtmlValidate, html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('html-validate', () => {
  const pages = [...htmlPages(dist).map((p) => join(dist, p)), ...htmlPages(newsroom).map((p) => join(newsroom, p))];

  it('checks both sites, e-mail editions included', () => {
    expect(pages.filter((p) => p.endsWith('/email.html')).length).toBeGreaterThan(2);
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s is valid', async (page) => {
    expect(await problems(validatorOf(page), readFileSync(page, 'utf8'))).toEqual([]);
  });

  describe('the rules are in force (positive controls)', () => {
    const document = (body: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head><body>${body}</body></html>`;

    it('a page with an inline style, an unclosed element or a button without type fails', async () => {
      const found = await problems(pageRules, document('<main><p style="color:red">Texte</p><div><span>Texte</div><button>Envoyer</button></main>'));
      expect(found.join('\n')).toMatch(/no-inline-style/);
      expect(found.join('\n')).toMatch(/close-order|element-required/);
      expect(found.join('\n')).toMatch(/no-implicit-button-type/);
    });

    it('an e-mail may hold inline styles, but no broken markup', async () => {
      expect(await problems(emailRules, document('<main><p style="color:red">Texte</p></main>'))).toEqual([]);
      expect((await problems(emailRules, document('<main><div><span>Texte</div></main>'))).length).toBeGreaterThan(0);
    });
  });
});
