#!/usr/bin/env node
// `npm run test:e2e`: the Playwright journeys against the production build, with the system Chromium.
//
// Playwright may never download its own browser here (the machines reach only the npm registry and Debian's
// packages), so the browser is chosen in this order and handed to playwright.config.ts via SOURCELINE_CHROMIUM:
//   1. /usr/bin/chromium when present;
//   2. else, as root on Debian (apt-get exists), `apt-get update && apt-get install -y chromium`, then 1.;
//   3. else Playwright's bundled Chromium (no executablePath; works only where `npx playwright install` ran).
//
// Usage: node scripts/run-e2e.mjs [--no-build] [extra `playwright test` args, e.g. --grep @phone]
// Writes the JSON report to .cache/e2e-report.json (its `stats` are read by scripts/test-all.mjs) and exits with
// Playwright's exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const REPORT = '.cache/e2e-report.json';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const playwrightArgs = args.filter((a) => a !== '--no-build');

/** Runs a command with inherited stdio and returns its exit status (1 when it could not start or was killed). */
function run(command, commandArgs, env = process.env) {
  console.log(`$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  if (result.error) console.error(`run-e2e: could not start ${command}: ${result.error.message}`);
  if (result.signal) console.error(`run-e2e: ${command} was killed by ${result.signal}`);
  return result.status ?? 1;
}

function isRootOnDebian() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/** Returns the Chromium executable to use, or undefined for Playwright's bundled browser. */
function chooseBrowser() {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (isRootOnDebian()) {
    console.log(`run-e2e: ${SYSTEM_CHROMIUM} is missing; installing Debian's chromium package`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = run('apt-get', ['update'], env) === 0;
    if (updated) run('apt-get', ['install', '-y', 'chromium'], env);
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    console.log('run-e2e: the chromium install did not produce /usr/bin/chromium');
  }
  return undefined;
}

/** `chromium --version` on stdout (its wrapper script may print shell noise on stderr, which is dropped). */
function browserVersion(executable) {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || `unknown version (exit ${result.status ?? result.signal})`;
}

const executable = chooseBrowser();
const env = { ...process.env };
if (executable) {
  env.SOURCELINE_CHROMIUM = executable;
  console.log(`run-e2e: browser ${executable} (${browserVersion(executable)})`);
} else {
  delete env.SOURCELINE_CHROMIUM;
  console.log("run-e2e: browser Playwright's bundled Chromium (no system Chromium found or installable)");
}

if (!skipBuild) {
  const status = run('npx', ['vite', 'build']);
  if (status !== 0) {
    console.error(`run-e2e: vite build failed (exit ${status}); not running the journeys`);
    process.exit(status);
  }
}

mkdirSync('.cache', { recursive: true });
// The reporters are set here rather than only in the config so that the JSON report always lands where
// test-all.mjs looks, whatever extra args are forwarded.
env.PLAYWRIGHT_JSON_OUTPUT_NAME = REPORT;
const started = Date.now();
const status = run('npx', ['playwright', 'test', '--reporter=list,json', ...playwrightArgs], env);
console.log(`run-e2e: playwright exited ${status} after ${((Date.now() - started) / 1000).toFixed(1)}s; report in ${REPORT}`);
process.exit(status);
