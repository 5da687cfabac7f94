import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTraceability } from '../../domain/corpus.ts';
import { extractFile } from '../../extraction/index.ts';
import { fuzzFileOf, fuzzFiles } from './documents.ts';
import { checkFiles } from './invariants.ts';
import { SHAPES } from './shapes.ts';

/**
 * The fuzzer's invariants as tests, on a fixed seed (the same documents every run; a failure shrinks to
 * a small document and prints its seed and path). Small documents keep it fast on a loaded machine;
 * `npm run fuzz -- --docs 10000` runs the large version.
 */
/** Far above what these take on a loaded laptop, so a busy machine slows them but never fails them. */
const FUZZ_TEST_TIMEOUT_MS = 180_000;

function checkOne(bytes: Uint8Array, path: string): void {
  const first = extractFile({ path, bytes });
  if (!first.ok) {
    // Skipped for a reason of the input (bad date, encoding ...), never because a stage threw.
    expect(first.stage, first.reason).toBeUndefined();
    return;
  }
  expect(checkTraceability({ documents: [first.document], events: first.events })).toEqual([]);
  const ids = first.events.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(JSON.stringify(extractFile({ path, bytes }))).toBe(JSON.stringify(first));
}

describe('property: any generated or mutated document', () => {
  // 5 x 200 documents (1,000 in all). Measured: ~4 s each at a load of 20 on two cores, alone; inside the
  // whole suite at load 15-35 the first one took 35.6 s (over vitest's 30 s), so these tests get 180 s.
  for (const seed of [20_261, 20_262, 20_263, 20_264, 20_265]) {
    it(`never throws, slices its text exactly, has unique ids and extracts the same twice (seed ${seed}, 200 documents)`, () => {
      fc.assert(
        fc.property(fuzzFileOf(3), (file) => checkOne(file.bytes, `doc.${file.extension}`)),
        { seed, numRuns: 200 },
      );
    }, FUZZ_TEST_TIMEOUT_MS);
  }

  it('keeps every id when unrelated documents are added, and the corpus passes its schema (seed 7, 120 documents)', () => {
    const report = checkFiles(fuzzFiles(120, 7).map((f) => ({ path: f.name, bytes: f.bytes })));
    expect(report.problems).toEqual([]);
    expect(report.documents).toBeGreaterThan(60);
    expect(report.events).toBeGreaterThan(300);
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe('the hard cases of issue 10 and issue 6 §1, as fixtures', () => {
  it('each hostile shape extracts without a problem', () => {
    const report = checkFiles(SHAPES.map((s) => ({ path: `${s.name.replace(/[^a-z0-9]+/gi, '-')}.${s.build(10).startsWith('---') ? 'md' : 'txt'}`, bytes: new TextEncoder().encode(s.build(3000)) })));
    expect(report.problems).toEqual([]);
    expect(report.files).toBe(SHAPES.length);
  }, FUZZ_TEST_TIMEOUT_MS);
});
