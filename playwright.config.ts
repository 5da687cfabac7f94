import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './src/cli/chromium.ts';

/**
 * The journeys run against the production build (`vite build` + `vite preview`), never the dev server, so they
 * test what ships. Run them with `npm run test:e2e` (scripts/run-e2e.mjs), which builds, picks the browser and
 * passes it here as SOURCELINE_CHROMIUM: Playwright may not download its own browser on these machines.
 */
// SOURCELINE_E2E_PORT lets several checkouts run their journeys side by side without sharing a server.
const PORT = Number(process.env.SOURCELINE_E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}/`;
const isCI = Boolean(process.env.CI);
const executablePath = process.env.SOURCELINE_CHROMIUM || undefined;

/** Screenshots for the README are opt-in: `SCREENSHOTS=1 npm run test:e2e -- --grep @screenshots`. */
const skipScreenshots = process.env.SCREENSHOTS === '1' ? [] : [/@screenshots/];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores on every machine (developers and CI alike).
  workers: 2,
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Users run the suite on busy laptops (measured: load 4-17 on two cores makes a step 5-10x slower than on
  // a quiet machine), so every limit leaves that much room: the slowest journey takes ~10 s when quiet.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // Actions and navigations have no limit of their own by default; bound them below the test timeout so a
  // stuck click fails with its own message.
  reporter: [['list'], ['json', { outputFile: '.cache/e2e-report.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'on-first-retry',
    actionTimeout: 30_000,
    navigationTimeout: 45_000,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      grepInvert: [/@phone/, ...skipScreenshots],
    },
    {
      // Only the phone-tagged journeys run here, so the suite stays fast on two cores.
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      grep: /@phone/,
      grepInvert: skipScreenshots,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: baseURL,
    // Never a server left over from another checkout or an older build: the journeys test this build.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
