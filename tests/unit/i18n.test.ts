import { describe, expect, it } from 'vitest';
import { strings, t } from '../../src/lib/i18n.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { RELEASE_TYPES, SCOPES } from '../../src/release/schema.ts';

describe('interface strings', () => {
  const keys = new Set(LANGS.flatMap((l) => Object.keys(strings[l])));

  it.each(LANGS)('%s has every key that any language has, none empty', (lang) => {
    const missing = [...keys].filter((k) => !(k in strings[lang]));
    expect(missing).toEqual([]);
    const empty = Object.entries(strings[lang]).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has a label for every release type and scope in every language', () => {
    for (const lang of LANGS) {
      for (const type of RELEASE_TYPES) expect(strings[lang]).toHaveProperty([`type.${type}`]);
      for (const scope of SCOPES) expect(strings[lang]).toHaveProperty([`scope.${scope}`]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('fr', 'site.footer', { org: 'OIM' })).toBe('OIM — communiqués de presse.');
    expect(t('en', 'site.footer')).toBe('{org} — press releases.');
  });
});
