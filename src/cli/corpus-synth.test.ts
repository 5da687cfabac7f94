import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../extraction/index.ts';
import { synthesizeArticles } from '../synthetic/index.ts';
import { main } from './corpus-synth.ts';
import { readDocumentsFolder } from './read-documents.ts';
import { captureCommand } from './run-main.ts';

describe('npm run corpus:synth', () => {
  const root = mkdtempSync(join(tmpdir(), 'sourceline-synth-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (args: string[]) => captureCommand(main, args, { cwd: root });

  it('writes N readable documents and the answer key, the same bytes every time', async () => {
    const r = await run(['--docs', '25', '--seed', '9', '--out', 'a', '--truth', 'a.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote 25 documents \(\d+ \.md, \d+ \.txt; [\d.]+ MB\) from \d+ stories published \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d -> a; answer key -> a\.jsonl\n$/);
    const folder = readDocumentsFolder(join(root, 'a'));
    expect(folder.files).toHaveLength(25);
    const key = readFileSync(join(root, 'a.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { name: string; reports: unknown[] });
    expect(key.map((k) => k.name)).toEqual(readdirSync(join(root, 'a')).sort());
    expect(key.every((k) => k.reports.length > 0)).toBe(true);
    await run(['--docs', '25', '--seed', '9', '--out', 'b']);
    for (const name of readdirSync(join(root, 'a'))) {
      expect(readFileSync(join(root, 'b', name), 'utf8')).toBe(readFileSync(join(root, 'a', name), 'utf8'));
    }
  });

  it('refuses a folder that holds documents unless --force, which replaces only documents', async () => {
    writeFileSync(join(root, 'a', 'notes.json'), '{}');
    const refused = await run(['--docs', '5', '--out', 'a']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a already holds 25 documents; pass --force to replace them');
    const forced = await run(['--docs', '5', '--out', 'a', '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(join(root, 'a')).sort()).toHaveLength(6);
    expect(readdirSync(join(root, 'a'))).toContain('notes.json');
  });

  it('writes only documents that read cleanly: no skipped files, no notes', () => {
    const encoder = new TextEncoder();
    for (const a of synthesizeArticles({ docs: 400, seed: 3 })) {
      const read = readDocument(`synth/${a.name}`, encoder.encode(a.content));
      if (!read.ok) throw new Error(`${a.name}: ${read.reason}`);
      expect(read.notes, a.name).toEqual([]);
      expect(read.document.published).toBe(a.published);
      if (a.name.endsWith('.md')) expect(read.document.publisher).toBe(a.outlet);
    }
  });

  it('explains bad arguments', async () => {
    expect((await run(['--out', 'c'])).stderr).toContain('--docs must be a whole number of at least 1');
    expect((await run(['--docs', 'ten', '--out', 'c'])).stderr).toContain('(got "ten")');
    expect((await run(['--docs', '3'])).stderr).toContain('--out DIR is required');
    expect((await run(['--docs', '3', '--out', 'c', '--seed', '-1'])).code).toBe(2);
  });
});
