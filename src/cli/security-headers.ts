import type { Plugin } from 'vite';

/**
 * The HTTP headers Sourceline is meant to be served with (`npm run preview` sends them; the README's
 * hosting notes give them for other servers, and the build writes them to `dist/_headers`, the file
 * Netlify and Cloudflare Pages read). Documents are untrusted, so the page may run only its own
 * scripts and styles: no inline script, no eval (zod runs `jitless`, see src/domain/corpus.ts), no
 * framing, no plugins, and no referrer leaked to the article links it shows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * `vite preview` sends SECURITY_HEADERS on every response, and the build writes them as `_headers`.
 * Not the dev server: Vite's hot reload injects an inline script that this policy forbids.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'sourceline-security-headers',
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
