// Lint: typescript-eslint's recommended rules, plus the architecture: the floors of src/ (an import
// goes down, never up nor from one host to the other; the pane sees only app/ and ui/), Office calls
// only in the Excel host, no I/O in the core.
'use strict';
const { posix } = require('node:path');
const tseslint = require('typescript-eslint');

const NODE = ['node:*', 'fs', 'path', 'os', 'child_process'];
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
/** The core (domain, sheets) is plain TypeScript: no I/O, no UI, no file formats. */
const CORE_FREE_OF = [...NODE, ...UI_LIBRARIES, 'exceljs', 'jszip', 'mammoth'];

/**
 * One no-restricted-imports rule per folder and depth below it: the src/ folders a file there may not
 * reach (as the relative path from where it sits, so src/ui/files.ts is not src/files) and the packages
 * it may not use.
 */
function floors(table) {
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(table).flatMap(([folder, { folders, packages }]) => [0, 1, 2, 3].map((depth) => {
    const dir = posix.join('src', folder, ...Array.from({ length: depth }, (_, i) => `sub${i}`));
    const glob = dir.replace(/sub\d/g, '*');
    return {
      files: [`${glob}/*.ts`, `${glob}/*.tsx`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            { group: packages, message: 'This floor does not use this package (docs/architecture.md).' },
            ...folders.map((f) => ({ regex: `^${escape(posix.relative(dir, `src/${f}`))}(/|$)`, message: `No import from src/${f} here: imports go down the floors (docs/architecture.md).` })),
          ],
        }],
      },
    };
  }));
}

module.exports = tseslint.config(
  { ignores: ['dist/', 'lib/', 'out/', 'node_modules/', 'coverage/'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The floors (docs/architecture.md): an import goes down, never up, and never from one host to the other.
  ...floors({
    'demo': { folders: ['sheets', 'documents', 'files', 'app', 'hosts', 'ui', 'ribbon', 'cli', 'entries'], packages: CORE_FREE_OF },
    'domain': { folders: ['sheets', 'documents', 'files', 'app', 'hosts', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: CORE_FREE_OF },
    'sheets': { folders: ['documents', 'files', 'app', 'hosts', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: CORE_FREE_OF },
    // A document's layout as data (the report as Word paragraphs and tables), beside the sheets' layouts.
    'documents': { folders: ['files', 'app', 'hosts', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: CORE_FREE_OF },
    'files': { folders: ['app', 'hosts', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: UI_LIBRARIES },
    'app': { folders: ['hosts', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: [...NODE, ...UI_LIBRARIES, 'exceljs', 'jszip', 'mammoth'] },
    'hosts/excel': { folders: ['hosts/xlsx', 'hosts/docx', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: [...NODE, ...UI_LIBRARIES, 'exceljs'] },
    'hosts/xlsx': { folders: ['hosts/excel', 'hosts/docx', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: UI_LIBRARIES },
    'hosts/docx': { folders: ['hosts/excel', 'hosts/xlsx', 'ui', 'ribbon', 'cli', 'entries', 'demo'], packages: UI_LIBRARIES },
    // The pane and the page see the workflows (app/) and their own components, nothing below.
    'ui': { folders: ['domain', 'sheets', 'files', 'hosts', 'ribbon', 'cli', 'entries', 'demo'], packages: [...NODE, 'exceljs', 'jszip', 'mammoth'] },
    'ribbon': { folders: ['domain', 'sheets', 'files', 'hosts/xlsx', 'cli', 'entries', 'demo'], packages: [...NODE, 'exceljs'] },
    'entries': { folders: ['domain', 'sheets', 'files', 'cli', 'demo'], packages: NODE },
    'cli': { folders: ['ui', 'ribbon', 'entries', 'hosts/excel'], packages: UI_LIBRARIES },
  }),
  {
    files: ['src/domain/**/*.ts', 'src/sheets/**/*.ts', 'src/documents/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window', 'process'] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/hosts/excel/**'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel'] },
  },
  {
    // Runs in Internet Explorer 11 to say the webview is too old: ES5 syntax only, browser globals, and
    // the one Office call the ribbon needs there (registering its buttons), which cannot wait for a bundle.
    files: ['src/entries/pages/*.js'],
    languageOptions: { parser: require('espree'), ecmaVersion: 5, sourceType: 'script', globals: { document: 'readonly', navigator: 'readonly', location: 'readonly', window: 'readonly', Office: 'readonly' } },
    rules: { 'no-var': 'off', 'no-undef': 'error' },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
