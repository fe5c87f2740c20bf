// Lint: typescript-eslint's recommended rules, plus the architecture rule that Office calls stay
// in the Excel host folder and file I/O stays out of the core.
'use strict';
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/', 'lib/', 'out/', 'node_modules/', 'coverage/'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts', 'src/sheets/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '@fluentui/*', '*/hosts/*', '*/ui/*', '*/cli/*'] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window', 'process'],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/hosts/excel/**'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel'] },
  },
  {
    // Runs in Internet Explorer 11 to say the webview is too old: ES5 syntax only, browser globals, and
    // the one Office call the ribbon needs there (registering its buttons), which cannot wait for a bundle.
    files: ['src/ui/pages/*.js'],
    languageOptions: { parser: require('espree'), ecmaVersion: 5, sourceType: 'script', globals: { document: 'readonly', navigator: 'readonly', location: 'readonly', window: 'readonly', Office: 'readonly' } },
    rules: { 'no-var': 'off', 'no-undef': 'error' },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
