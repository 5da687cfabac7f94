import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/cli/security-headers.ts';
import { pickEvent } from './support/corpus-picks.ts';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test('the app is served with a strict CSP and security headers, and runs under them without one violation', async ({ app, corpus, page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const consoleCsp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
  });

  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');

  await test.step('use the app: load, select an event, read it in the article', async () => {
    await app.open();
    const event = pickEvent(corpus, 'to read in its article');
    await app.selectFromList(event);
    await app.openArticle();
  });
  expect(await page.evaluate(() => window.__cspViolations ?? ['no listener']), 'CSP violation reports').toEqual([]);
  expect(consoleCsp, 'CSP messages in the console').toEqual([]);
});
