#!/usr/bin/env node
// Offline manifest check (`npm run validate`): office-addin-manifest's validate needs the internet.
// It parses manifest.xml, checks the structure Office relies on, that every icon exists at its size,
// and, where ../shared/schemas/office-manifest exists and xmllint is installed, the official XSD.
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { execFileSync } = require('node:child_process');
const { XMLParser } = require('fast-xml-parser');

const ROOT = resolve(__dirname, '..');
const SCHEMA = resolve(ROOT, '..', 'shared', 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
const DEV_ORIGIN = 'https://localhost:3000';
const PAGES = ['taskpane.html', 'commands.html', 'message.html', 'help.html'];

function asArray(x) {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

function pngSize(file) {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Returns the list of problems found in the manifest text; empty when it is sound. */
function checkManifest(xml, root = ROOT) {
  const problems = [];
  const need = (cond, msg) => { if (!cond) problems.push(msg); };
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ['no OfficeApp root element'];
  need(app['@type'] === 'TaskPaneApp', 'OfficeApp must be a TaskPaneApp');
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id)), 'Id must be a GUID');
  need(/^\d+\.\d+\.\d+\.\d+$/.test(String(app.Version)), 'Version must have four parts');
  need(app.DefaultLocale === 'vi-VN', 'DefaultLocale must be vi-VN');
  for (const key of ['DisplayName', 'Description']) {
    need(typeof app[key]?.['@DefaultValue'] === 'string' && app[key]['@DefaultValue'].length > 0, `${key} needs a Vietnamese DefaultValue`);
    need(asArray(app[key]?.Override).some((o) => o['@Locale'] === 'en-US'), `${key} needs an en-US Override`);
  }
  need(String(app.DisplayName?.['@DefaultValue'] ?? '').length <= 125, 'DisplayName is over 125 characters');
  need(app.Permissions === 'ReadWriteDocument', 'Permissions must be ReadWriteDocument');
  need(asArray(app.Hosts?.Host).some((h) => h['@Name'] === 'Workbook'), 'Hosts must include Workbook');
  const sets = asArray(app.Requirements?.Sets?.Set);
  need(sets.some((s) => s['@Name'] === 'ExcelApi' && s['@MinVersion'] === '1.7'), 'Requirements must ask for ExcelApi 1.7');

  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  for (const u of urls) need(u.startsWith('https://'), `URL is not https: ${u}`);
  const origins = new Set(urls.map((u) => new URL(u).origin));
  need(origins.size === 1, `all URLs must share one origin, found ${[...origins].join(', ')}`);
  need(asArray(app.AppDomains?.AppDomain).some((d) => origins.has(d)), 'AppDomains must list the add-in origin');
  for (const u of urls) {
    const path = new URL(u).pathname.replace(/^\//, '');
    if (path.startsWith('assets/')) {
      const file = join(root, path);
      need(existsSync(file), `icon missing: ${path}`);
      const m = /icon-(\d+)\.png$/.exec(path);
      if (m && existsSync(file)) {
        const { width, height } = pngSize(file);
        need(width === Number(m[1]) && height === Number(m[1]), `${path} is ${width}x${height}`);
      }
    } else if (path.endsWith('.html')) {
      need(PAGES.includes(path), `page ${path} is not built by webpack.config.js`);
    }
  }

  const vo = app.VersionOverrides;
  need(vo && vo['@type'] === 'VersionOverridesV1_0', 'VersionOverrides V1_0 is required (the offline schemas predate 1.1)');
  const defined = new Set();
  const res = vo?.Resources ?? {};
  for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const items = asArray(res[group]?.Image ?? res[group]?.Url ?? res[group]?.String);
    for (const item of items) {
      need(!defined.has(item['@id']), `resource id ${item['@id']} is defined twice`);
      defined.add(item['@id']);
    }
  }
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) need(defined.has(m[1]), `resid ${m[1]} is not defined in Resources`);
  for (const s of asArray(res.ShortStrings?.String)) need(String(s['@DefaultValue']).length <= 125, `short string ${s['@id']} is over 125 characters`);
  const host = asArray(vo?.Hosts?.Host).find((h) => h['@type'] === 'Workbook');
  const tab = host?.DesktopFormFactor?.ExtensionPoint?.OfficeTab;
  need(tab?.['@id'] === 'TabHome', 'the ribbon group must be on the Home tab (TabHome)');
  const controls = asArray(tab?.Group?.Control);
  need(controls.some((c) => c.Action?.['@type'] === 'ShowTaskpane'), 'a ribbon button must open the task pane');
  // Issue #8: "Kiểm tra" and "Làm mới tổng hợp" run from the ribbon, through the function file.
  const functions = controls.filter((c) => c.Action?.['@type'] === 'ExecuteFunction');
  for (const c of functions) need(/^[A-Za-z_$][\w$]*$/.test(String(c.Action.FunctionName ?? '')), `button ${c['@id']} needs a FunctionName that is a JavaScript name`);
  need(!functions.length || host?.DesktopFormFactor?.FunctionFile?.['@resid'], 'function commands need a FunctionFile');
  const ids = [...xml.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  need(new Set(ids).size === ids.length, 'element ids must be unique');
  return problems;
}

/** The FunctionName of every ribbon button that runs a function (commands.ts registers them). */
function functionNames(xml) {
  return [...xml.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1].trim());
}

function xsdProblems(file) {
  if (!existsSync(SCHEMA)) return { skipped: `schema not found at ${SCHEMA}` };
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return { problems: [] };
  } catch (e) {
    if (e.code === 'ENOENT') return { skipped: 'xmllint is not installed (apt-get install libxml2-utils)' };
    return { problems: [String(e.stderr || e.message).trim()] };
  }
}

module.exports = { checkManifest, functionNames, xsdProblems, SCHEMA, DEV_ORIGIN };

if (require.main === module) {
  const file = join(ROOT, process.argv[2] || 'manifest.xml');
  const problems = checkManifest(readFileSync(file, 'utf8'));
  const xsd = xsdProblems(file);
  for (const p of [...problems, ...(xsd.problems || [])]) console.error(`✗ ${p}`);
  if (xsd.skipped) console.log(`(XSD check skipped: ${xsd.skipped})`);
  if (problems.length || (xsd.problems || []).length) process.exit(1);
  console.log(`✓ ${file} is valid${xsd.skipped ? ' (structure)' : ' (structure and XSD)'}`);
}
