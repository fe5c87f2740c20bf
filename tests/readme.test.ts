import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readWorkbookValues } from '../src/files/readWorkbook';
import { writeWorkbook } from '../src/hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../src/sheets/planWorkbook';
import { readablePlan } from '../src/sheets/read/planReadError';
import { cli } from './support/cli';
import { makeDocx } from './support/docx';
import { fillForm, type Answer } from './support/forms';
import { sofficePath } from './support/libreoffice';

/**
 * The README for users: short, and true. Every `unionplan …` command it shows runs as written, in
 * the README's order, on each of the shared sample plans (../shared/samples), in a fresh folder where
 * the sample is the document the README names (ke-hoach.txt, and ke-hoach.docx made from it). What
 * the README asks of people between two commands — listing the member units, the units filling in
 * their forms — is done here as they would do it.
 */
jest.setTimeout(900_000);

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SAMPLES = join(ROOT, '..', 'shared', 'samples');

/** The commands in the README's inline code and shell blocks, in order. */
function readmeCommands(text: string): string[] {
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
  const fromBlocks = blocks.map((l) => l.replace(/#.*$/, '').trim()).filter((l) => /^(npx )?unionplan /.test(l));
  const inline = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`(?:npx )?(unionplan [^`]+)`/g)].map((m) => m[1]);
  return [...fromBlocks, ...inline].map((c) => c.replace(/^npx /, ''));
}

/** A command line as the shell splits it: words, and "quoted words" as one. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** The officer lists three member units, and types a target where the document had none. */
async function listUnits(planPath: string): Promise<void> {
  const plan = readablePlan(await readWorkbookValues(readFileSync(planPath)), planPath);
  plan.units = ['Công đoàn cơ sở Trường A', 'Công đoàn cơ sở Công ty B', 'Công đoàn cơ sở Xã C'].map((name, i) => ({ code: `DV0${i + 1}`, name, type: '', parent: '', contact: '' }));
  if (!plan.targets.length) {
    plan.targets = [{ code: 'CT01', group: '', text: 'Kết nạp mới 10 đoàn viên', comparator: '>=', value: 10, kind: 'count', unit: 'đoàn viên', base: null, rule: 'sum', lowerIsBetter: false, note: '' }];
  }
  writeFileSync(planPath, await writeWorkbook(planWorkbook(plan)));
}

/** Two units fill in their forms and send them back; the third has not answered yet. */
async function fillForms(planPath: string, forms: string, filled: string): Promise<void> {
  const plan = readablePlan(await readWorkbookValues(readFileSync(planPath)), planPath);
  const answers = Object.fromEntries(plan.targets.map((t): [string, Answer] => [t.code,
    t.rule === 'ratio' ? { result: 9, base: 10 } : t.rule === 'unit-share' ? { result: 1 } : t.rule === 'unit-count' ? { result: 0 } : { result: 3 }]));
  mkdirSync(filled, { recursive: true });
  for (const file of readdirSync(forms).sort().slice(0, 2)) await fillForm(join(forms, file), answers, join(filled, file));
}

it('keeps the two set-up commands, and stays short', () => {
  expect(README).toContain('npm ci && npm run demo');
  expect(README).toMatch(/^npm test\b/m);
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
  expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
  expect(Buffer.byteLength(README)).toBeLessThanOrEqual(10 * 1024);
});

it('shows each command of the CLI at least once', () => {
  const shown = new Set(readmeCommands(README).map((c) => words(c)[1]));
  for (const name of ['parse', 'scaffold', 'check', 'calendar', 'forms', 'consolidate', 'report', 'demo', 'help']) expect(shown).toContain(name);
});

const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort() : [];

it('finds the shared sample plans beside the repository', () => {
  expect(samples.length).toBeGreaterThan(0);
});

describe.each(samples)('the README on %s', (sample) => {
  it('runs every command it shows, as written', async () => {
    sofficePath(); // the --pdf lines need LibreOffice: say how to install it when it is missing
    const dir = mkdtempSync(join(tmpdir(), 'unionplan-readme-'));
    const text = readFileSync(join(SAMPLES, sample), 'utf8');
    writeFileSync(join(dir, 'ke-hoach.txt'), text);
    writeFileSync(join(dir, 'ke-hoach.docx'), await makeDocx(text.split('\n').filter((l) => l.trim())));
    const home = process.cwd();
    process.chdir(dir);
    try {
      for (const command of readmeCommands(README)) {
        const argv = words(command).slice(1);
        if (argv[0] === 'forms') await listUnits(join(dir, 'ke-hoach.xlsx'));
        // The filled forms of "mau-da-dien…" are those of "mau…" (a round's "mau-ky-1" gives "mau-da-dien-ky-1").
        const filled = argv[0] === 'consolidate' ? argv.find((a) => a.startsWith('mau-da-dien'))?.replace(/\/$/, '') : undefined;
        if (filled && !existsSync(join(dir, filled))) await fillForms(join(dir, 'ke-hoach.xlsx'), join(dir, filled.replace('mau-da-dien', 'mau')), join(dir, filled));
        const r = await cli(...argv);
        // `check` ends with 1 when it finds an error in the plan, as the README says; nothing else may fail.
        const allowed = argv[0] === 'check' ? [0, 1] : [0];
        expect({ command, sample: basename(sample), code: allowed.includes(r.code) ? 'ok' : r.code, err: r.err }).toEqual({ command, sample: basename(sample), code: 'ok', err: '' });
        if (argv.includes('--json')) expect(() => JSON.parse(r.out)).not.toThrow();
        for (const flag of ['-o', '--pdf']) {
          const i = argv.indexOf(flag);
          if (i >= 0) expect([command, existsSync(join(dir, argv[i + 1]))]).toEqual([command, true]);
        }
      }
    } finally {
      process.chdir(home);
    }
  });
});
