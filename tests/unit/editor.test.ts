// The editor's configuration is generated from the release schema: it must be one Sveltia CMS accepts, and it
// must ask for exactly what a release is (the same fields, the same required ones, the same choices).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../../src/editor/config.ts';
import { editorFiles, moduleCdn } from '../../src/editor/assets.ts';
import { releaseJsonSchema } from '../../src/release/json-schema.ts';
import { readTopics } from '../../src/release/topics.ts';
import { RELEASE_TYPES } from '../../src/release/schema.ts';
import { site } from '../../src/site.config.ts';

const config = editorConfig(site, readTopics('content/topics.yml'));
const collection = (config.collections as { fields: Field[]; i18n: unknown }[])[0]!;
type Field = { name: string; widget: string; required?: boolean; fields?: Field[]; options?: { value: string }[]; multiple?: boolean; maxlength?: number };
const schema = JSON.parse(releaseJsonSchema()) as { properties: Record<string, Record<string, unknown>>; required: string[] };

describe('the editor’s configuration', () => {
  it('is valid for the Sveltia CMS version installed (its own JSON Schema)', () => {
    const require = createRequire(import.meta.url);
    const sveltia = JSON.parse(readFileSync(require.resolve('@sveltia/cms').replace(/npm\/index\.js$/, 'schema/sveltia-cms.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    expect(ajv.validate(sveltia, config), JSON.stringify(ajv.errors?.slice(0, 5))).toBe(true);
  });

  it('has a field for every field of a release, and none other', () => {
    const names = collection.fields.map((f) => f.name).filter((n) => n !== 'body');
    expect([...names].sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('requires what the schema requires (a field with a default is given one), and nothing else', () => {
    const required = collection.fields.filter((f) => f.required !== false && f.name !== 'body' && f.widget !== 'hidden').map((f) => f.name);
    const withDefault = (name: string) => 'default' in schema.properties[name]!;
    expect(required.filter((n) => !withDefault(n)).sort()).toEqual(schema.required.filter((n) => n !== 'lang').sort());
  });

  it('offers exactly the schema’s choices, and its limits', () => {
    const byName = new Map(collection.fields.map((f) => [f.name, f]));
    expect(byName.get('type')!.options!.map((o) => o.value)).toEqual([...RELEASE_TYPES]);
    expect(byName.get('topics')!.options!.map((o) => o.value).sort()).toEqual(Object.keys(readTopics('content/topics.yml')).sort());
    expect(byName.get('countries')!.options!.map((o) => o.value)).toContain('PE');
    expect(byName.get('countries')!.options!.map((o) => o.value)).not.toContain('DY');
    expect(byName.get('title')!.maxlength).toBe(schema.properties.title!.maxLength);
    const contact = byName.get('contacts')!.fields!;
    const contactSchema = (schema.properties.contacts!.items as { properties: object; required: string[] });
    expect(contact.map((f) => f.name).sort()).toEqual(Object.keys(contactSchema.properties).sort());
    expect(contact.filter((f) => f.required !== false).map((f) => f.name)).toEqual(contactSchema.required);
    const image = byName.get('image')!.fields!;
    expect(image.filter((f) => f.required !== false).map((f) => f.name).sort()).toEqual(['alt', 'src']);
  });

  it('keeps the three languages in their folders, linked by their file name and any translationKey they share', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: site.languages, default_locale: site.languages[0] });
    expect(collection.i18n).toBe(true);
    expect(collection.fields.find((f) => f.name === 'translationKey')).toMatchObject({ widget: 'hidden', i18n: 'duplicate' });
  });
});

describe('the editor’s files', () => {
  it('name no other host for fonts, interface languages, version checks or status checks', () => {
    const files = editorFiles();
    const script = new TextDecoder().decode(files.find((f) => f.path === 'sveltia-cms.js')!.bytes());
    // (tested as booleans: a failure would otherwise print two megabytes of script)
    expect(/cdn\.jsdelivr\.net\/fontsource/.test(script)).toBe(false);
    expect(/githubstatus\.com\/api|hostedstatus\.com/.test(script)).toBe(false);
    // The package CDN its optional modules come from is no longer named anywhere: they are asked of this site.
    const original = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms').replace(/npm\/index\.js$/, 'dist/sveltia-cms.js'), 'utf8');
    expect(script.includes(moduleCdn(original))).toBe(false);
    expect(script.includes('`/admin/modules/${')).toBe(true);
    // The language switch's slip (reading validation results a new entry does not have yet) is mended.
    expect(/Object\.values\(\w+\(\w+\)\[\w+\]\)\.some\(\(\{valid/.test(script)).toBe(false);
    expect(/`\$\{\w+\}@\$\{\w+\}\/locales`/.test(script)).toBe(false);
    expect(script.includes('`/admin/locales`')).toBe(true);
    for (const path of ['modules/immutable@5.1.9/dist/immutable.es.js', 'fonts/source-sans-3-latin-wght-normal.woff2', 'fonts/material-symbols-outlined-latin-wght-normal.woff2', 'locales/fr.json', 'package.json']) {
      expect(files.map((f) => f.path)).toContain(path);
    }
  });
});
