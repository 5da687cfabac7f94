import { describe, expect, it } from 'vitest';
import { captureCommand } from './run-main.ts';
import { main } from './eval-timelines.ts';

describe('npm run eval:timelines', () => {
  it('scores the fixture topic: only articles published inside each timeline’s range, top l days by salience', async () => {
    const { code, stdout } = await captureCommand(main, ['src/extraction/fixtures/timelines']);
    expect(code).toBe(0);
    // editor.txt (4 dates, 04-01..04-11): the article of 04-12 is out of range; three event days remain,
    // 04-01, 04-07 and 04-04, all gold: P 3/3, R 3/4. short.txt (04-01, 04-10, 04-11): only 04-01 is found: P 1/3, R 1/3.
    expect(stdout).toContain('varnholm-port-strike/editor.txt: 4 gold dates 2025-04-01..2025-04-11, 3 articles in range, P 100.0 R  75.0');
    expect(stdout).toContain('varnholm-port-strike/short.txt: 3 gold dates 2025-04-01..2025-04-11, 3 articles in range, P  33.3 R  33.3');
    expect(stdout).toContain('2 timelines: date selection P  66.7  R  54.2  F1  59.8');
  });

  it('says how to use it without a folder', async () => {
    const { code, stderr } = await captureCommand(main, []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run eval:timelines -- DIR/);
  });
});
