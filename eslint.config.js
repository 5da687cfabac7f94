// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The architecture, written where it cannot rot (see README "Code map"). Each folder of src/ lists the
 * folders it MAY import from; everything else is denied, for static and dynamic imports alike
 * (`import-x/no-restricted-paths` resolves both). A folder not listed here may import nothing from
 * src/ until it is given a line. Imports also may not go in a cycle.
 *
 *   domain      <- extraction, search, timeline, url-state, ui   <- app          (main.tsx -> app)
 *   domain, extraction, search, synthetic <- cli
 */
const LAYERS = {
  // UI words and the date locale: below everything (domain formats dates with them).
  i18n: [],
  domain: ['i18n'],
  extraction: ['domain'],
  search: ['i18n', 'domain'],
  // The synthetic-corpus generator: pure, on domain only (src/cli writes its files; tests and the bench use it).
  synthetic: ['i18n', 'domain'],
  timeline: ['i18n', 'domain'],
  'url-state': ['i18n', 'domain'],
  ui: ['i18n', 'domain'],
  app: ['i18n', 'domain', 'search', 'timeline', 'url-state', 'ui'],
  cli: ['i18n', 'domain', 'extraction', 'search', 'synthetic'],
};
const KNOWN = Object.keys(LAYERS);

const zones = [
  ...Object.entries(LAYERS).map(([layer, allowed]) => ({
    target: `./src/${layer}/**`,
    from: './src',
    except: [`./${layer}`, ...allowed.map((a) => `./${a}`)],
    message: `src/${layer} may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (eslint.config.js LAYERS).`,
  })),
  {
    target: `./src/!(${KNOWN.join('|')})/**`,
    from: './src',
    message: 'A new folder of src/ imports nothing until eslint.config.js LAYERS gives it a line.',
  },
  { target: './src/main.tsx', from: './src', except: ['./main.tsx', './app'], message: 'main.tsx only mounts the app.' },
];

/** Packages by layer: vis only in src/timeline, React nowhere below ui, Node only in cli. */
const VIS = ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const NODE = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'piscina'];
const packages = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
  // no-restricted-imports does not see `import('x')`: the same packages, for dynamic imports.
  'no-restricted-syntax': [
    'error',
    ...groups.flatMap(([group, message]) =>
      group.map((name) => ({
        selector: `ImportExpression[source.value=/^${name.replace('*', '.*').replace('/', '\\/')}$/]`,
        message,
      })),
    ),
  ],
});
const noVis = [VIS, 'Only src/timeline imports vis.'];
const noReact = [REACT, 'This layer is framework-free.'];
const noNode = [NODE, 'Only src/cli does I/O.'];

/** Globals no layer below the browser may touch, and the address that only src/url-state touches. */
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'fetch'];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'];
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));
const onlyUrlState = {
  'no-restricted-globals': ['error', ...restrictedGlobals(['location', 'history'], 'only src/url-state reads or writes the address.'), ...restrictedGlobals(NODE_GLOBALS, 'only src/cli runs in Node.')],
  'no-restricted-properties': [
    'error',
    ...['window', 'globalThis', 'document', 'self'].flatMap((object) =>
      ['location', 'history'].map((property) => ({ object, property, message: 'Only src/url-state reads or writes the address.' })),
    ),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // Parsed for the cycle rule (its default is .js only).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Pure layers: no framework, no I/O, no browser or Node globals (they run in Node and in the browser).
  {
    files: ['src/i18n/**', 'src/domain/**', 'src/extraction/**', 'src/search/**', 'src/synthetic/**'],
    rules: {
      ...packages([noVis, noReact, noNode]),
      'no-restricted-globals': ['error', ...restrictedGlobals([...BROWSER_GLOBALS, ...NODE_GLOBALS], 'this layer is pure: no DOM, no Node.')],
    },
  },
  { files: ['src/url-state/**'], rules: { ...packages([noVis, noNode]), 'no-restricted-globals': ['error', ...restrictedGlobals(NODE_GLOBALS, 'only src/cli runs in Node.')] } },
  { files: ['src/timeline/**'], rules: { ...packages([noNode]), ...onlyUrlState } },
  { files: ['src/ui/**', 'src/app/**', 'src/main.tsx'], rules: { ...packages([noVis, noNode]), ...onlyUrlState } },
  { files: ['src/cli/**'], rules: { ...packages([noVis, noReact]) } },
);
