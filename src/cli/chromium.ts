/**
 * Chromium's launch flags on these machines (a shared, sandbox-less box with no GPU and no network
 * but the package registries): used by the Playwright journeys and by `npm run bench`.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
