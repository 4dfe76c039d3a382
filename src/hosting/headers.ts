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

export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Netlify/Cloudflare Pages _headers: every path gets the headers. A browser enforces both the header's policy and
 * a page's <meta> one, and such hosts cannot take a path out of "/*": the header allows what the search page needs
 * (Pagefind's WebAssembly), and every other page's <meta> policy, which does not, takes that away again.
 */
export function headersFile(): string {
  const lines = ['/*', `  Content-Security-Policy: ${contentSecurityPolicy({ search: true, header: true })}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `${lines.join('\n')}\n`;
}
