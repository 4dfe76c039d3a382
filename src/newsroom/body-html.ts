// A release's body as readers see it (images resolved by Astro), rendered once per build for feeds and editions.
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { SiteRelease } from './index.ts';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

export function renderedHtml(release: SiteRelease): Promise<string> {
  let html = cache.get(release.id);
  if (!html) {
    html = (async () => {
      // Only images need Astro's runtime (it swaps their markers for optimised <img>); other bodies are ready as stored.
      const stored = release.entry.rendered?.html ?? '';
      if (!stored.includes('__ASTRO_IMAGE_')) return stored;
      container ??= AstroContainer.create();
      const { Content } = await render(release.entry);
      return (await container).renderToString(Content);
    })();
    cache.set(release.id, html);
  }
  return html;
}
