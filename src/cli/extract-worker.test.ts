import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type * as Extraction from '../extraction/index.ts';

const calls = vi.hoisted(() => [] as Array<{ cpuClock?: () => number }>);
vi.mock('../extraction/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof Extraction>();
  return {
    ...real,
    extractFile: (file: Parameters<typeof real.extractFile>[0], options: Parameters<typeof real.extractFile>[1] = {}) => {
      calls.push(options);
      return real.extractFile(file, options);
    },
  };
});
const { extractOne } = await import('./extract-worker.ts');

describe('extractOne (npm run extract)', () => {
  it.runIf(existsSync('/proc/thread-self/stat'))("counts the pipeline's budget in this thread's CPU time, as the dev server does", () => {
    const bytes = new TextEncoder().encode('---\ndate: 2022-12-23\n---\nThe minister resigned on Monday.\n');
    const result = extractOne({ path: 'a.md', bytes });
    expect(result.ok).toBe(true);
    const clock = calls.at(-1)?.cpuClock;
    expect(clock).toBeTypeOf('function');
    expect(Number.isFinite(clock?.())).toBe(true);
  });
});
