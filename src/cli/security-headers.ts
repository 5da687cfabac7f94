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
 * The request head `vite preview` accepts, in bytes: Node's default (16 KB) answered a link of over
 * 16 KB with HTTP 431 and a blank page before the app could see it. Chromium sends URLs of up to 2 MB,
 * so with this a too-long link reaches the app, which shows the default view and says why (its own
 * limit, MAX_QUERY_CHARS). Other servers have their own limits (see the README's hosting notes).
 */
export const PREVIEW_MAX_HEADER_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/**
 * `vite preview` sends SECURITY_HEADERS on every response, and the build writes them as `_headers`.
 * Not the dev server: Vite's hot reload injects an inline script that this policy forbids.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'sourceline-security-headers',
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
    configurePreviewServer(server) {
      // Node reads the server's `maxHeaderSize` for each new connection (vite creates the server without options).
      const http = server.httpServer as { maxHeaderSize?: number };
      http.maxHeaderSize = PREVIEW_MAX_HEADER_BYTES;
    },
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
