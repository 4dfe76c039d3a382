// What the site tells browsers through its host and its pages: the security headers of _headers and each page's
// Content-Security-Policy — no inline script anywhere, WebAssembly for the search page alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

const dist = inject('newsroomDist');

/** "script-src 'self' 'x'" → { 'script-src': ["'self'", "'x'"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** _headers as { path: { header: value } }. */
function hostHeaders(): Record<string, Record<string, string>> {
  const blocks: Record<string, Record<string, string>> = {};
  let path = '';
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) blocks[(path = line.trim())] = {};
    else {
      const [name, ...value] = line.trim().split(':');
      blocks[path]![name!] = value.join(':').trim();
    }
  }
  return blocks;
}

const pages = htmlPages(dist).filter((p) => !p.endsWith('/email.html'));
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');
const isSearch = (html: string) => html.includes('<script src="/search.js">');

describe('_headers', () => {
  const all = hostHeaders()['/*']!;

  it('gives every path a strict policy: scripts from the site only, no plugins, no framing, no inline script', () => {
    const csp = directives(all['Content-Security-Policy']!);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toContain("'self'");
    expect(csp['script-src']!.filter((v) => v !== "'self'" && v !== "'wasm-unsafe-eval'")).toEqual([]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
  });

  it('lets the search page run Pagefind’s WebAssembly (a host applies "/*" to it too)', () => {
    expect(directives(all['Content-Security-Policy']!)['script-src']).toContain("'wasm-unsafe-eval'");
  });

  it('gives the editor at /admin/ its own policy: its git host’s API, its preview frame, and nothing else; never indexed', () => {
    const admin = hostHeaders()['/admin/*']!;
    const csp = directives(admin['Content-Security-Policy']!);
    expect(csp['connect-src']).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['frame-src']).toEqual(["'self'", 'blob:']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('sends the companion headers', () => {
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\)/);
    expect(all['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
});

describe('each page’s own policy', () => {
  it('is on every page but the redirects and e-mails, allows WebAssembly on search pages only, and hashes the one inline style', () => {
    let search = 0;
    for (const page of pages) {
      const html = readPage(dist, page);
      if (isRedirect(html)) continue;
      const doc = parse(html);
      const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta, page).not.toBeNull();
      const csp = directives(meta!.getAttribute('content')!);
      expect(csp['script-src']!.includes("'wasm-unsafe-eval'"), page).toBe(isSearch(html));
      // The editor's needs stay the editor's.
      if (!/(^|\/)admin\//.test(page)) expect([...(csp['connect-src'] ?? []), ...(csp['frame-src'] ?? [])], page).not.toContain('https://api.github.com');
      if (isSearch(html)) search++;
      for (const style of doc.querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256').update(style.textContent).digest('base64')}'`;
        expect(csp['style-src'], page).toContain(hash);
      }
      // Only data blocks are inline (JSON-LD, the editor's data: not run); every script that runs comes from the site.
      for (const script of doc.querySelectorAll('script')) {
        if (['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? '')) continue;
        expect(script.getAttribute('src'), page).toMatch(/^\/[^/]/);
        expect(script.textContent.trim(), page).toBe('');
      }
    }
    expect(search).toBe(3);
  });
});
