// Validates XML documents against the RELAX NG schemas in tests/schemas/ with libxml2 (compiled to WebAssembly).
import { readFileSync } from 'node:fs';
import { RelaxNGValidator, XmlDocument } from 'libxml2-wasm';

const validators = new Map<string, RelaxNGValidator>();

/** Returns the validation errors of `xml` against tests/schemas/<schema>.rng (none when valid). */
export function relaxNgErrors(xml: string, schema: 'atom' | 'rss' | 'sitemap'): string[] {
  let validator = validators.get(schema);
  if (!validator) {
    const rng = XmlDocument.fromString(readFileSync(`tests/schemas/${schema}.rng`, 'utf8'));
    validators.set(schema, (validator = RelaxNGValidator.fromDoc(rng)));
  }
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`];
  }
  try {
    validator.validate(doc);
    return [];
  } catch (error) {
    const details = (error as { details?: { message: string; line?: number }[] }).details;
    return details?.map((d) => `line ${d.line}: ${d.message.trim()}`) ?? [(error as Error).message];
  } finally {
    doc.dispose();
  }
}

/** The items of an RSS or Atom feed: their link and their full content (unescaped HTML). */
export function feedItems(xml: string, format: 'rss' | 'atom'): { url: string; content: string }[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const items = xml.match(format === 'rss' ? /<item>[\s\S]*?<\/item>/g : /<entry>[\s\S]*?<\/entry>/g) ?? [];
  return items.map((item) =>
    format === 'rss'
      ? { url: /<link>([^<]*)<\/link>/.exec(item)![1]!, content: unescape(/<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? '') }
      : { url: unescape(/<link rel="alternate" type="text\/html" href="([^"]*)"/.exec(item)![1]!), content: unescape(/<content type="html">([\s\S]*?)<\/content>/.exec(item)?.[1] ?? '') },
  );
}
