import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ribbonCommands } from '../src/ribbon/ribbonCommands';

/** The manifest Office reads, checked offline (office-addin-manifest validate needs the internet). */
const { checkManifest, functionNames, xsdProblems, SCHEMA } = require('../scripts/validate-manifest.js') as {
  checkManifest: (xml: string, root?: string) => string[];
  functionNames: (xml: string) => string[];
  xsdProblems: (file: string) => { problems?: string[]; skipped?: string };
  SCHEMA: string;
};

const file = join(__dirname, '..', 'manifest.xml');
const xml = readFileSync(file, 'utf8');

describe('manifest.xml', () => {
  it('has the structure, URLs, icons and requirement set Office needs', () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it('catches the mistakes it is there to catch', () => {
    const broken = xml
      .replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>')
      .replace('assets/icon-80.png', 'assets/icon-81.png')
      .replace('resid="OpenPane.Tooltip"', 'resid="Missing.Tooltip"')
      .replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>')
      .replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">');
    expect(checkManifest(broken)).toEqual(expect.arrayContaining([
      'Requirements must ask for ExcelApi 1.7',
      'icon missing: assets/icon-81.png',
      'resid Missing.Tooltip is not defined in Resources',
      'Permissions must be ReadWriteDocument',
      'the ribbon group must be on the Home tab (TabHome)',
    ]));
  });

  it('has the two function commands, each registered by the function file', () => {
    const registered = Object.keys(ribbonCommands({ check: jest.fn(), consolidate: jest.fn() }));
    expect(functionNames(xml).sort()).toEqual(registered.sort());
    expect(functionNames(xml)).toEqual(['runCheck', 'refreshConsolidation']);
    expect(checkManifest(xml.replace('<FunctionName>runCheck</FunctionName>', '<FunctionName>run check</FunctionName>'))).toEqual(['button UnionPlan.Check needs a FunctionName that is a JavaScript name']);
  });

  // The shared schemas sit beside the repository on developer machines and in CI (bash .ci/run).
  it('validates against the official XSD with xmllint', () => {
    expect(existsSync(SCHEMA)).toBe(true);
    const r = xsdProblems(file);
    expect(r.skipped).toBeUndefined();
    expect(r.problems).toEqual([]);
  });
});
