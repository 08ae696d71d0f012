// @ts-check
/**
 * Lint rules that keep the process boundaries honest:
 * - src-shared is pure: no electron, dexie, react, Mantine or Node imports;
 * - src-renderer never imports electron or Node, and reaches window.api only via host/;
 * - src-main never imports renderer libraries.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'url',
];
const rendererLibs = [
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  '@mantine/*',
  'i18next',
  'react-i18next',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      'test-output',
      'coverage',
      'bench/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...rendererLibs, ...nodeBuiltins],
              message:
                'src-shared is pure TypeScript: no electron, dexie, react, Mantine or Node imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message:
                'The renderer has no Node or Electron: use window.api via src-renderer/host.',
            },
            { group: ['**/src-main/**'], message: 'The renderer cannot import main-process code.' },
          ],
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation', 'Trans', 'withTranslation'],
              message:
                'Use useTranslation from src-renderer/i18n/translate (typed keys, see why there).',
            },
            {
              name: 'i18next',
              importNames: ['TFunction'],
              message: 'Use TFunction from src-renderer/i18n/translate.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/host/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Reach the host only through src-renderer/host/host.ts (api() / callHost()).',
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: rendererLibs, message: 'Renderer libraries stay out of the main process.' },
            { group: ['**/src-renderer/**'], message: 'Main cannot import renderer code.' },
          ],
        },
      ],
    },
  },
  {
    // The office server: Node only; it shares src-shared with the app, never UI or Electron code.
    files: ['src-server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...rendererLibs, 'electron'],
              message: 'The server runs without UI or Electron.',
            },
            {
              group: ['**/src-renderer/**', '**/src-main/**'],
              message: 'The server shares only src-shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      '*.config.{ts,mts,mjs}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
