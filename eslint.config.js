// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import directions (see README "Code map"): domain <- extraction, timeline, url-state, ui <- app;
 * cli uses extraction, synthetic and domain. Each layer lists what it must not import.
 */
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((dir) => ({
            group: [`**/${dir}`, `**/${dir}/**`],
            message: `${files[0]} must not import from src/${dir} (see the import rules in eslint.config.js).`,
          })),
          ...extra,
        ],
      },
    ],
  },
});
const noReactOrVis = [
  { group: ['react', 'react-dom', 'react-dom/*', 'vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'This layer is framework-free.' },
];
const noNode = [{ group: ['node:*', 'fs', 'path'], message: 'Only src/cli does I/O.' }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
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
  layer(['src/domain/**'], ['extraction', 'timeline', 'url-state', 'ui', 'app', 'cli'], [...noReactOrVis, ...noNode]),
  layer(['src/extraction/**'], ['timeline', 'url-state', 'ui', 'app', 'cli', 'synthetic'], [...noReactOrVis, ...noNode]),
  // The synthetic-corpus generator: pure, on domain only (src/cli writes its files; tests and the bench use it).
  layer(['src/synthetic/**'], ['extraction', 'timeline', 'url-state', 'ui', 'app', 'cli'], [...noReactOrVis, ...noNode]),
  layer(['src/url-state/**'], ['extraction', 'timeline', 'ui', 'app', 'cli'], [
    { group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'Only src/timeline imports vis.' },
    ...noNode,
  ]),
  layer(['src/timeline/**'], ['extraction', 'url-state', 'ui', 'app', 'cli'], noNode),
  layer(['src/ui/**'], ['extraction', 'timeline', 'url-state', 'app', 'cli'], [
    { group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'Only src/timeline imports vis.' },
    ...noNode,
  ]),
  layer(['src/app/**'], ['cli'], [
    { group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'], message: 'Only src/timeline imports vis.' },
    ...noNode,
  ]),
  layer(['src/cli/**'], ['timeline', 'url-state', 'ui', 'app'], noReactOrVis),
);
