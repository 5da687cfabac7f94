#!/usr/bin/env node
// `npm test`: every check that must pass, in one run. Steps run in order and all of them run even when one
// fails (so one report shows everything); the e2e step needs the build and is skipped if it failed.
// The last line is `N passed, N failed`: unit + e2e test counts, plus one failure per failed check step
// (type-check, lint, build), so a red check can never hide behind green tests. It is also written to
// .cache/test-summary.txt for .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const cache = '.cache';
mkdirSync(cache, { recursive: true });
const unitReport = `${cache}/unit-report.json`;
const e2eReport = `${cache}/e2e-report.json`;
for (const file of [unitReport, e2eReport]) rmSync(file, { force: true });

const results = [];
function step(name, command, args) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const ok = run.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok, seconds });
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds}s`);
  return ok;
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const npx = 'npx';
step('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', npx, ['eslint', '.']);
step('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const built = step('build', npx, ['vite', 'build']);
if (built) step('e2e', 'node', ['scripts/run-e2e.mjs', '--no-build']);
else results.push({ name: 'e2e', ok: false, seconds: '0', skipped: true });

let passed = 0;
let failed = 0;
const unit = readJson(unitReport);
const e2e = existsSync(e2eReport) ? readJson(e2eReport) : undefined;
/** Counted test failures per step; a failed step that counted none (a crash, a check step) adds one. */
const countedFailures = { unit: 0, e2e: 0 };
if (unit) {
  passed += unit.numPassedTests ?? 0;
  countedFailures.unit = unit.numFailedTests ?? 0;
}
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  countedFailures.e2e = e2e.stats.unexpected ?? 0;
}
for (const r of results) {
  const counted = countedFailures[r.name] ?? 0;
  failed += counted;
  if (!r.ok && counted === 0) failed += 1;
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name}${r.skipped ? ' (skipped: build failed)' : ` (${r.seconds}s)`}`);
if (unit) console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
if (e2e?.stats) console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.flaky} flaky, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${cache}/test-summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
