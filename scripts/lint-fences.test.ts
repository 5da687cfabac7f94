import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import and globals fences of eslint.config.js hold: each case is a line that breaks one rule,
 * linted as if it sat in the named file (the files need not exist; imports resolve to real modules).
 */
// The cycle rule walks the whole module graph (seconds); these cases test the fences, not cycles.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint fences', () => {
  // Loading the config and parsers takes seconds (more on a loaded machine): once, under the hook limit.
  beforeAll(async () => {
    await eslint.lintText('export {};', { filePath: 'src/domain/warm-up.ts' });
  });

  const cases: Array<[string, string, string]> = [
    ['src/domain/x.ts', "import { TimelineView } from '../timeline/timeline-view.tsx';\nexport const v = TimelineView;", 'import-x/no-restricted-paths'],
    ['src/ui/x.tsx', "export const load = () => import('../app/app.tsx');", 'import-x/no-restricted-paths'],
    ['src/ui/x.tsx', "export const vis = () => import('vis-timeline/esnext');", 'no-restricted-syntax'],
    ['src/ui/x.tsx', "import { DataSet } from 'vis-data/esnext';\nexport const d = DataSet;", 'no-restricted-imports'],
    ['src/newlayer/x.ts', "import { addDays } from '../domain/calendar.ts';\nexport const a = addDays;", 'import-x/no-restricted-paths'],
    ['src/app/x.ts', 'export const here = () => location.href;', 'no-restricted-globals'],
    ['src/timeline/x.ts', "export const back = () => window.history.back();", 'no-restricted-properties'],
    ['src/domain/x.ts', 'export const w = () => document.title;', 'no-restricted-globals'],
    ['src/extraction/x.ts', 'export const env = () => process.env.HOME;', 'no-restricted-globals'],
    ['src/search/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'no-restricted-imports'],
  ];
  for (const [file, code, rule] of cases) {
    it(`${file}: ${code.split('\n')[0]} breaks ${rule}`, async () => {
      expect(await rulesBroken(file, code)).toContain(rule);
    });
  }

  it('lets a layer import what it may', async () => {
    expect(await rulesBroken('src/app/x.ts', "import { addDays } from '../domain/calendar.ts';\nexport const a = addDays;")).toEqual([]);
    expect(await rulesBroken('src/url-state/x.ts', 'export const here = () => window.location.search;')).toEqual([]);
  });
});
