import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { main } from './extract.ts';
import { captureCommand } from './run-main.ts';

/**
 * Runs the real command in-process (`npm run extract` runs the same `main` through tsx and `runMain`): a child
 * process per case cost seconds of tsx start-up each and timed out on loaded machines.
 */
function extract(args: string[], env: Record<string, string> = {}) {
  return captureCommand(main, args, { env: { ...process.env, SOURCELINE_SEEDS: '', ...env } });
}

describe('npm run extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the seed corpus to stdout and a summary to stderr', async () => {
    const r = await extract([]);
    expect(r.code).toBe(0);
    const parsed = parseCorpus(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    expect(r.stderr).toMatch(/^extracted 1 documents, \d+ events, 0 skipped, 0 warnings\n$/);
  });

  it('reads SOURCELINE_SEEDS, writes --out, warns per bad file and fails only with --strict', async () => {
    writeFileSync(join(dir, 'good.txt'), 'date 2022-12-20 The council signed the water agreement on December 5, 2022.');
    writeFileSync(join(dir, 'bad.txt'), 'date 2022-02-30 Nothing.');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const out = join(dir, 'out', 'corpus.json');
    const lenient = await extract(['--out', out], { SOURCELINE_SEEDS: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('notes.json: not a .txt or .md file; ignored');
    expect(lenient.stderr).toContain('bad.txt: date header 2022-02-30 is not a real calendar day; skipped');
    expect(lenient.stderr).toContain('extracted 1 documents, 1 events, 1 skipped, 1 warnings');
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { documents: Array<{ id: string }> };
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    expect((await extract(['--strict', '--out', '-'], { SOURCELINE_SEEDS: dir })).code).toBe(1);
  });

  it('prints the JSON Schema with --schema and rejects unknown flags', async () => {
    const schema = await extract(['--schema']);
    expect(schema.code).toBe(0);
    expect(schema.stdout).toBe(readFileSync('docs/corpus.schema.json', 'utf8'));
    const bad = await extract(['--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: npm run extract');
  });

  it('fails clearly on a missing folder', async () => {
    const r = await extract(['--seeds', join(dir, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read documents folder/);
  });
});
