// A rendered body as each edition shows it: the web page has heading anchors; the text edition, the e-mail and feeds leave them out.
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/index.ts';
import { createEnv } from '../../src/markdown/env.ts';
import { bodyToText } from '../../src/editions/plain-text.ts';
import { emailBody } from '../../src/editions/email.ts';
import { portableHtml } from '../../src/lib/portable-html.ts';

const md = createMarkdown({ glossaries: {} });

function render(source: string, lang: 'fr' | 'en' = 'fr') {
  const env = createEnv(lang);
  return { html: md.render(source, env), headings: env.headings };
}

describe('heading anchors (the web page’s alone)', () => {
  it('puts a link beside each heading, named for screen readers, shown as "#"', () => {
    const { html } = render('# Contexte\n\nTexte.\n\n## Les chiffres\n');
    expect(html).toBe(
      '<div class="heading"><h2 id="contexte">Contexte</h2><a class="heading-anchor" href="#contexte"><span aria-hidden="true">#</span><span class="visually-hidden">Lien vers la section « Contexte »</span></a></div>\n' +
        '<p>Texte.</p>\n' +
        '<div class="heading"><h3 id="les-chiffres">Les chiffres</h3><a class="heading-anchor" href="#les-chiffres"><span aria-hidden="true">#</span><span class="visually-hidden">Lien vers la section « Les chiffres »</span></a></div>\n',
    );
  });

  it('escapes the heading text in the label, as it is typeset in the heading', () => {
    const { html } = render('# L\'OIM : "<b>bilan</b>"');
    expect(html).toContain('<span class="visually-hidden">Lien vers la section « L’OIM\u00a0: «\u202f&lt;b&gt;bilan&lt;/b&gt;\u202f» »</span>');
    expect(html).not.toContain('<b>');
  });

  it('labels them in the release’s language, and leaves their words out of the reading time', () => {
    const env = createEnv('en');
    expect(md.render('# Context\n', env)).toContain('<span class="visually-hidden">Link to the section “Context”</span>');
    expect(env.extraWords).toBe(5);
  });

  it('feeds drop the anchor and keep the heading as rendered', () => {
    expect(portableHtml(render('# Contexte\n\nTexte.\n').html)).toBe('<h2 id="contexte">Contexte</h2>\n<p>Texte.</p>\n');
  });
});

describe('headings in the text edition and the e-mail', () => {
  const { html } = render('# Contexte\n\nTexte.\n\n## Les chiffres\n');

  it('the text edition underlines them: "=" for sections, "-" below', () => {
    expect(bodyToText(html)).toBe('Contexte\n========\n\nTexte.\n\nLes chiffres\n------------');
  });

  it('the e-mail keeps them as headings, styled inline, with no link', () => {
    const mail = emailBody(html, '#0b4f9c');
    expect(mail).toMatch(/^<h2 id="contexte" style="[^"]+">Contexte<\/h2>/);
    expect(mail).not.toContain('<a');
  });
});

describe('the body in feeds (feed readers have none of the site’s CSS)', () => {
  const chart = '```chart\ntitle: Cas identifiés\nkind: bar\nsource: Ministère public\nlabels: [2015, 2016]\nseries:\n  - name: Cas\n    values: [889, 1144]\n```';
  const { html } = render(`Voir [le rapport](https://example.net/rapport) et [la page](/2017/x/).\n\n${chart}\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n`);

  it('drops the text meant only for the site’s screen-reader users, keeping the link', () => {
    expect(html).toContain('visually-hidden');
    const feed = portableHtml(html);
    expect(feed).not.toContain('visually-hidden');
    expect(feed).toContain('<a href="https://example.net/rapport"');
    expect(feed).toContain('le rapport</a>');
  });

  it('shows a chart as its data table with the chart’s title as caption, then its source; no SVG', () => {
    expect(html).toContain('<svg');
    const feed = portableHtml(html);
    expect(feed).not.toMatch(/<svg|<summary|<details|chart__legend/);
    expect(feed).toMatch(/<table[\s\S]*Cas identifiés[\s\S]*1[\s\u202f\u00a0]?144[\s\S]*<\/table>[\s\S]*Ministère public/);
    expect(feed).not.toContain('class="table-scroll"');
  });

  it('leaves a body with nothing site-only as it is', () => {
    const plain = render('Un paragraphe, *simple*.').html;
    expect(portableHtml(plain)).toBe(plain);
  });
});
