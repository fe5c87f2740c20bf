import { ESLint } from 'eslint';

/**
 * The floors of src/ (docs/architecture.md), as the lint enforces them: each case is an import a
 * file there may or may not make. Linted as text at a path, so no file is written.
 */
// The config is handed over, not looked up: ESLint's own loading needs ES module support Jest lacks.
const eslint = new ESLint({ cwd: `${__dirname}/..`, overrideConfigFile: true, overrideConfig: require('../eslint.config.js') });

async function refused(path: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: path });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

it.each([
  ['src/ui/check/CheckPanel.tsx', '../../domain/finding'],
  ['src/ui/check/CheckPanel.tsx', '../../sheets/findingsSheet'],
  ['src/ui/check/CheckPanel.tsx', '../../hosts/excel/capabilities'],
  ['src/ui/App.tsx', '../files/readWorkbook'],
  ['src/hosts/excel/excelHost.ts', '../xlsx/readWorkbook'],
  ['src/hosts/xlsx/fileWorkbook.ts', '../excel/request'],
  ['src/hosts/excel/excelHost.ts', '../../ui/i18n'],
  ['src/sheets/planWorkbook.ts', '../app/workbook'],
  ['src/sheets/read/readPlan.ts', '../../ui/i18n'],
  ['src/domain/plan.ts', '../sheets/spec'],
  ['src/files/readWorkbook.ts', '../app/workbook'],
  ['src/app/check.ts', '../hosts/excel/excelWorkbook'],
  ['src/app/check.ts', 'exceljs'],
  ['src/domain/text.ts', 'node:fs'],
  ['src/cli/main.ts', '../hosts/excel/excelHost'],
])('%s may not import %s', async (path, specifier) => {
  expect(await refused(path, specifier)).toBe(true);
}, 30_000);

it.each([
  ['src/ui/check/CheckPanel.tsx', '../../app/outcomeText'],
  ['src/ui/consolidate/ConsolidatePanel.tsx', '../files'],
  ['src/ui/App.tsx', './i18n'],
  ['src/app/check.ts', '../sheets/check/checkPlan'],
  ['src/app/consolidate.ts', '../files/readMemberFile'],
  ['src/hosts/excel/excelWorkbook.ts', '../../app/workbook'],
  ['src/hosts/xlsx/fileWorkbook.ts', '../../files/readWorkbook'],
  ['src/entries/taskpane.tsx', '../hosts/excel/officeReady'],
  ['src/cli/commands/check.ts', '../../hosts/xlsx/fileWorkbook'],
])('%s may import %s', async (path, specifier) => {
  expect(await refused(path, specifier)).toBe(false);
}, 30_000);
