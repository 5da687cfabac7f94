import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The corpus plugin (src/cli/vite-plugin-corpus.ts) serves /corpus.json in dev and emits it in build.
export default defineConfig({
  base: './',
  plugins: [react()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
