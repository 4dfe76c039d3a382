import { describe, expect, it } from 'vitest';
import { inSentence, strings, t } from '../../src/lib/i18n.ts';
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

describe('names inserted into sentences', () => {
  const oim = { name: 'Organisation internationale pour les migrations', article: 'l’' };
  it('take their article inside a sentence, and none where they open it', () => {
    expect(t('fr', 'mediaKit.about', { org: oim })).toBe('À propos de l’Organisation internationale pour les migrations');
    expect(t('fr', 'home.intro', { org: oim })).toMatch(/^Organisation internationale pour les migrations[\s\u00a0\u202f]:/);
    expect(t('en', 'mediaKit.about', { org: { name: 'International Organization for Migration', article: 'the' } })).toBe('About the International Organization for Migration');
    expect(t('es', 'email.footer', { org: { name: 'Organización Internacional para las Migraciones', article: 'la' } })).toBe(
      'Recibe este mensaje porque figura en la lista de prensa de la Organización Internacional para las Migraciones.',
    );
  });

  it('contract and elide as French and Spanish do', () => {
    expect(inSentence('fr', 'de', { name: 'HCR', article: 'le' })).toBe('du HCR');
    expect(inSentence('fr', 'à', { name: 'HCR', article: 'le' })).toBe('au HCR');
    expect(inSentence('fr', 'de', { name: 'Nations Unies', article: 'les' })).toBe('des Nations Unies');
    expect(inSentence('fr', 'de', { name: 'Amnesty International' })).toBe('d’Amnesty International');
    expect(inSentence('fr', 'de', { name: 'Human Rights Watch' })).toBe('de Human Rights Watch');
    expect(inSentence('fr', 'de', { name: 'Haut-Commissariat', article: 'le' })).toBe('du Haut-Commissariat');
    expect(inSentence('fr', 'de', { name: 'Organisation mondiale de la santé', article: 'la' })).toBe('de l’Organisation mondiale de la santé');
    expect(inSentence('fr', 'de', { name: 'Croix-Rouge', article: 'la' })).toBe('de la Croix-Rouge');
    expect(inSentence('fr', 'de', { name: 'Médecins sans frontières' })).toBe('de Médecins sans frontières');
    expect(inSentence('es', 'de', { name: 'ACNUR', article: 'el' })).toBe('del ACNUR');
    expect(inSentence('es', 'a', { name: 'ACNUR', article: 'el' })).toBe('al ACNUR');
    expect(inSentence('es', 'de', { name: 'OIM', article: 'la' })).toBe('de la OIM');
  });
});
