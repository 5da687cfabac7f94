import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStale } from './worker-bundle.ts';

describe('removeStale', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("removes this entry's bundles unused for an hour, keeps the current one, recent ones and other entries'", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-bundles-'));
    dirs.push(dir);
    const now = Date.now();
    const file = (name: string, ageMs: number): void => {
      writeFileSync(join(dir, name), 'export {};');
      const at = new Date(now - ageMs);
      utimesSync(join(dir, name), at, at);
    };
    const hour = 60 * 60 * 1000;
    file('extract-worker-aaaaaaaaaaaaaaaa.mjs', 2 * hour); // the current one, even if old
    file('extract-worker-bbbbbbbbbbbbbbbb.mjs', 2 * hour); // stale
    file('extract-worker-cccccccccccccccc.mjs.123.tmp', 2 * hour); // a half-written one, stale
    file('extract-worker-dddddddddddddddd.mjs', 60_000); // used a minute ago by another run
    file('dev-extract-worker-eeeeeeeeeeeeeeee.mjs', 2 * hour); // another entry
    const removed = removeStale(dir, 'extract-worker-aaaaaaaaaaaaaaaa.mjs', now);
    expect(removed.sort()).toEqual(['extract-worker-bbbbbbbbbbbbbbbb.mjs', 'extract-worker-cccccccccccccccc.mjs.123.tmp']);
    expect(readdirSync(dir).sort()).toEqual(['dev-extract-worker-eeeeeeeeeeeeeeee.mjs', 'extract-worker-aaaaaaaaaaaaaaaa.mjs', 'extract-worker-dddddddddddddddd.mjs']);
  });
});
