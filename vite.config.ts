import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { securityHeadersPlugin } from './src/cli/security-headers.ts';
import { corpusPlugin } from './src/cli/vite-plugin-corpus.ts';

// The corpus plugin (src/cli/vite-plugin-corpus.ts) serves /corpus.json in dev and emits it in build; the
// security headers plugin (src/cli/security-headers.ts) makes `vite preview` send a strict CSP and writes dist/_headers.
export default defineConfig({
  base: './',
  plugins: [react(), corpusPlugin(), securityHeadersPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The suite runs on busy laptops too (load 4-17 on two cores makes a test 5-10x slower than here), so the
    // limits sit far above what any test takes on a quiet machine (the slowest: ~2 s).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
