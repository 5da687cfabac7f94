import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { nodeBundle, removeStale } from './node-bundle.mjs';

describe('nodeBundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'sourceline-node-bundle-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cli = join(root, 'src/cli');
  const out = join(root, 'bundles');
  mkdirSync(cli, { recursive: true });
  mkdirSync(join(root, 'src/other'), { recursive: true });
  const entry = join(cli, 'entry.ts');
  writeFileSync(entry, "import { word } from '../other/word.ts';\nexport const said: string = word;\nexport const here: string = import.meta.dirname;\nexport const sibling: string = new URL('./x.ts', import.meta.url).href;\n");
  writeFileSync(join(root, 'src/other/word.ts'), "export const word = 'first';\n");
  const load = async (url: string): Promise<{ said: string; here: string; sibling: string }> => (await import(url)) as { said: string; here: string; sibling: string };

  it('builds once, reuses the bundle while its sources are unchanged, rebuilds when one changes', async () => {
    const first = await nodeBundle(entry, { dir: out, root });
    expect(first.built).toBe(true);
    const module = await load(first.url);
    expect(module.said).toBe('first');
    // import.meta is the entry's, as when it runs from the sources.
    expect(module.here).toBe(cli);
    expect(module.sibling).toBe(`file://${cli}/x.ts`);

    const again = await nodeBundle(entry, { dir: out, root });
    expect(again).toEqual({ url: first.url, built: false });

    writeFileSync(join(root, 'src/other/word.ts'), "export const word = 'second';\n");
    const changed = await nodeBundle(entry, { dir: out, root });
    expect(changed.built).toBe(true);
    expect(changed.url).not.toBe(first.url);
    expect((await load(changed.url)).said).toBe('second');
    expect(readdirSync(out).filter((n) => n.endsWith('.manifest.json'))).toEqual(['entry.manifest.json']);
  });

  it('splits a dynamic import into a chunk of its own, loaded when the import runs', async () => {
    const lazy = join(cli, 'lazy.ts');
    writeFileSync(lazy, "export const early = 'early';\nexport async function late(): Promise<string> {\n  return (await import('../other/late.ts')).late;\n}\n");
    writeFileSync(join(root, 'src/other/late.ts'), "export const late: string = 'late, from the chunk';\n");
    const bundle = await nodeBundle(lazy, { dir: out, root });
    const chunks = readdirSync(out).filter((n) => n.startsWith('lazy-chunk-'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(out, chunks[0] ?? ''), 'utf8')).toContain('late, from the chunk');
    expect(readFileSync(new URL(bundle.url), 'utf8')).not.toContain('late, from the chunk');
    const module = (await import(bundle.url)) as { early: string; late: () => Promise<string> };
    expect(await module.late()).toBe('late, from the chunk');
    expect(await nodeBundle(lazy, { dir: out, root })).toEqual({ url: bundle.url, built: false });
  });

  it('refuses a bundle in which a module of another folder reads import.meta (it would get the entry folder)', async () => {
    const other = join(cli, 'reads-meta.ts');
    writeFileSync(other, "export { where } from '../other/where.ts';\n");
    writeFileSync(join(root, 'src/other/where.ts'), 'export const where = import.meta.dirname;\n');
    await expect(nodeBundle(other, { dir: out, root })).rejects.toThrow(/where\.ts read import\.meta outside src\/cli/);
  });
});

describe('bundled.mjs (npm run extract)', () => {
  const project = resolve(import.meta.dirname, '../..');
  const run = (args: string[]) => spawnSync(process.execPath, [join(project, 'src/cli/bundled.mjs'), 'src/cli/extract.ts', ...args], { cwd: project, encoding: 'utf8', timeout: 120_000 });

  it("runs the command from its bundle with the command's own arguments and exit code", () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run extract -- \[--seeds DIR\]/);
    expect(help.stderr).toBe('');
    const wrong = run(['--no-such-flag']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--no-such-flag'/);
  });
});

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
    file('extract-worker-chunk-AAAAAAAA.mjs', 2 * hour); // a chunk of the current one
    file('extract-worker-chunk-BBBBBBBB.mjs', 2 * hour); // a chunk of an old one
    const removed = removeStale(dir, ['extract-worker-aaaaaaaaaaaaaaaa.mjs', 'extract-worker-chunk-AAAAAAAA.mjs'], now);
    expect(removed.sort()).toEqual(['extract-worker-bbbbbbbbbbbbbbbb.mjs', 'extract-worker-cccccccccccccccc.mjs.123.tmp', 'extract-worker-chunk-BBBBBBBB.mjs']);
    expect(readdirSync(dir).sort()).toEqual([
      'dev-extract-worker-eeeeeeeeeeeeeeee.mjs',
      'extract-worker-aaaaaaaaaaaaaaaa.mjs',
      'extract-worker-chunk-AAAAAAAA.mjs',
      'extract-worker-dddddddddddddddd.mjs',
    ]);
  });
});
