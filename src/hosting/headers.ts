// Security headers: a strict Content-Security-Policy (no inline script at all) and its companions, as _headers and as <meta>.
import { createHash } from 'node:crypto';
import { site } from '../site.config.ts';

/** The brand colours from the site configuration, as the one inline <style> of every page. */
export const THEME_CSS = `:root{--brand:${site.colors.accent};--brand-dark:${site.colors.accentDark}}`;

const themeHash = `'sha256-${createHash('sha256').update(THEME_CSS).digest('base64')}'`;

/**
 * Scripts only from the site itself; the search page also runs Pagefind's WebAssembly. Styles from
 * the site plus the theme block, whose hash is listed. frame-ancestors only works as a header.
 */
export function contentSecurityPolicy(options: { search?: boolean; header?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${options.search ? " 'wasm-unsafe-eval'" : ''}`,
    `style-src 'self' ${themeHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** The API addresses of the editor's git host: all the editor may reach beyond the site. */
export function editorHosts(editor = site.editor): { connect: string[]; img: string[] } {
  if (!editor) return { connect: [], img: [] };
  const api = editor.apiRoot ? new URL(editor.apiRoot).origin : undefined;
  if (editor.backend === 'github') return { connect: [api ?? 'https://api.github.com'], img: ['https://avatars.githubusercontent.com'] };
  if (editor.backend === 'gitlab') return { connect: [api ?? 'https://gitlab.com'], img: [api ?? 'https://gitlab.com', 'https://secure.gravatar.com'] };
  return { connect: [api ?? 'https://gitea.com'], img: [api ?? 'https://gitea.com'] };
}

/**
 * The editor's page (/admin/): scripts from the site only, the styles it injects, the images it previews from
 * memory (blob:), and its git host's API; no other host.
 */
export function editorSecurityPolicy(options: { header?: boolean } = {}): string {
  const hosts = editorHosts();
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline' blob:",
    ['img-src', "'self'", 'data:', 'blob:', ...hosts.img].join(' '),
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', 'data:', ...hosts.connect].join(' '),
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    // The preview is a frame the editor writes itself (a blob: address of this site).
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The union of policies: each directive allows what any of them allows. */
function unionOf(...policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const v of values) set.add(v);
      merged.set(name, set);
    }
  }
  // 'none' means nothing only when alone.
  return [...merged].map(([name, values]) => [name, ...(values.size > 1 ? [...values].filter((v) => v !== "'none'") : values)].join(' ')).join('; ');
}

/**
 * Netlify/Cloudflare Pages _headers: every path gets the headers. A browser enforces both the header's policy and
 * a page's <meta> one, and such hosts cannot take a path out of "/*": the header allows what the search page needs
 * (Pagefind's WebAssembly) and what the editor at /admin/ needs (its git host's API, the styles it injects), and
 * every page's <meta> policy, which allows only what that page needs, takes the rest away again.
 */
export function headersFile(): string {
  const lines = [
    '/*',
    `  Content-Security-Policy: ${unionOf(contentSecurityPolicy({ search: true, header: true }), editorSecurityPolicy({ header: true }))}`,
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    // The editor's own policy: a host that serves the most specific rule sends this one; one that sends both
    // makes browsers enforce both, which leaves this one. The editor is for authors: never indexed.
    '/admin/*',
    `  Content-Security-Policy: ${editorSecurityPolicy({ header: true })}`,
    '  X-Robots-Tag: noindex, nofollow',
  ];
  return `${lines.join('\n')}\n`;
}
