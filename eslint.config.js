// ESLint 9 flat config: typescript-eslint's recommended rules, React's, and the Office.js rules of
// eslint-plugin-office-addins (load before read, sync after load, isNullObject …), which catch the
// mistakes that only show up inside Excel. Formatting is Prettier's job (npm run prettier), so
// eslint-config-prettier switches off every stylistic rule.
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const prettier = require('eslint-config-prettier');
const officeAddins = require('eslint-plugin-office-addins');
const globals = require('globals');

/**
 * The Office.js rules of the office-addins "recommended" set, without its prettier rule. They are
 * warnings: they follow `context.sync()` by name and misread code that syncs through a wrapper
 * (the adapter's session.sync()), so they point at places to look, not at proven bugs.
 */
const OFFICE_RULES = {
  'office-addins/call-sync-after-load': 'warn',
  'office-addins/call-sync-before-read': 'warn',
  'office-addins/load-object-before-read': 'warn',
  'office-addins/no-context-sync-in-loop': 'warn',
  'office-addins/no-empty-load': 'warn',
  'office-addins/no-navigational-load': 'warn',
  'office-addins/no-office-initialize': 'warn',
  'office-addins/test-for-null-using-isNullObject': 'warn',
};

const reactHooks = require('eslint-plugin-react-hooks');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'test-results/**', 'node_modules/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // typescript-eslint 8.8 wraps ESLint's rule but does not pass its defaults to ESLint 9.15+,
    // which then crashes; spelling the options out avoids that.
    rules: {
      '@typescript-eslint/no-unused-expressions': [
        'error',
        {
          allowShortCircuit: false,
          allowTernary: false,
          allowTaggedTemplates: false,
          enforceForJSX: false,
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: 'readonly',
        Excel: 'readonly',
        OfficeExtension: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: '19.0' } },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat['jsx-runtime'],
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Only the code that talks to Excel through Office.js (not the exceljs file adapter).
    files: ['src/adapters/officejs/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_RULES,
  },
  {
    // The core is pure TypeScript: the same rule as the commit hook, caught while editing.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', 'exceljs/*'],
              message: 'src/core must not use exceljs; an adapter reads the file.',
            },
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'],
              message: 'src/core must not use React; the pane renders.',
            },
            {
              group: [
                '@microsoft/office-js',
                'office-js',
                '**/adapters/**',
                '**/taskpane/**',
                '**/commands/**',
              ],
              message: 'src/core must not depend on a host or a front end.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    // Tests feed deliberately malformed input, which is easiest to type as any.
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Tests may require() inside jest.isolateModules and mocks.
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Tests feed deliberately malformed input, which is easiest to type as any.
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  prettier,
);
