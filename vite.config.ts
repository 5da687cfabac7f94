import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './src/cli/vite-plugin-corpus.ts';

// The corpus plugin (src/cli/vite-plugin-corpus.ts) serves /corpus.json in dev and emits it in build.
export default defineConfig({
  base: './',
  plugins: [react(), corpusPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
