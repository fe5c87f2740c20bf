import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../src/domain/parse/parsePlanText';
import { readMarker } from '../../src/domain/parse/outline';
import type { ParsedPlan } from '../../src/domain/parse/types';

/**
 * Scores the plan reader on the corpus of real documents (tests/fixtures/corpus, format in its
 * SCHEMA.md): the facts a careful human reader wrote for each document against what the parser
 * read, and where every line of the document went. The parser never sees the first line (the
 * source); line numbers below are the parser's (the file's minus one).
 */
export const CORPUS = process.env.UNIONPLAN_CORPUS ?? join(__dirname, '..', 'fixtures', 'corpus');

interface FactTarget { quote: string; comparator: string; value: number; percent: boolean; base: number | null }
interface FactTask { quote: string; months?: string[]; timing?: string }
interface FactMistake { quote: string; kind: string }
export interface Facts {
  source: string;
  kind: string;
  partial: boolean;
  facts: {
    period: { kind: string; from: string; to: string } | null;
    number: string | null;
    date: string | null;
    place: string | null;
    issuingBody: string | null;
    targets: FactTarget[];
    tasks: FactTask[];
    mistakes: FactMistake[];
  };
}

export interface CorpusDoc {
  name: string;
  text: string;
  facts: Facts;
}

export function loadCorpus(): CorpusDoc[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.replace(/\.txt$/, '');
    const raw = readFileSync(join(CORPUS, f), 'utf8');
    return { name, text: raw.split('\n').slice(1).join('\n'), facts: JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as Facts };
  });
}

export interface FactResult {
  doc: string;
  kind: 'period' | 'number' | 'date' | 'place' | 'issuingBody' | 'target' | 'task' | 'mistake';
  right: boolean;
  expected: string;
  got: string;
}

/** Abbreviations a reader expands without thinking: "CĐCS" is "Công đoàn cơ sở". */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['cđcs', 'công đoàn cơ sở'], ['lđlđ', 'liên đoàn lao động'], ['tlđ', 'tổng liên đoàn lao động'], ['cđ', 'công đoàn'],
  ['tp', 'thành phố'], ['mn', 'mầm non'], ['mg', 'mẫu giáo'], ['đtn', 'đoàn thanh niên'], ['tn', 'thanh niên'],
  ['hcm', 'hồ chí minh'], ['tr', 'trường'], ['tw', 'trung ương'], ['dn', 'doanh nghiệp'], ['gd', 'giáo dục'],
];

/**
 * Names compared as a reader compares them: case, spacing, punctuation and the standard
 * abbreviations aside, and "Trường" before a school's kind ("CĐ THCS X" is the union of the school X).
 */
export function nameKey(s: string): string {
  let t = ` ${s.normalize('NFC').toLowerCase().replace(/[–—-]/g, ' ').replace(/[.,;:()"“”]/g, ' ')} `.replace(/\s+/g, ' ');
  t = t.split(' ').map((w) => ABBREVIATIONS.find(([a]) => a === w)?.[1] ?? w).join(' ');
  return t.replace(/(?<![\p{L}])trường (?=(thcs|thpt|th|tiểu học|trung học|mầm non|mẫu giáo|đại học|cao đẳng)(?![\p{L}]))/gu, '').replace(/\s+/g, ' ').trim();
}

const compact = (s: string) => s.normalize('NFC').replace(/\s+/g, '').replace(/\*/g, '');

/** The parser line numbers whose text holds the quote (exact, else ignoring spacing and emphasis). */
function quoteLines(text: string, quote: string): number[] {
  const lines = text.split('\n');
  const exact = lines.flatMap((l, i) => (l.includes(quote) ? [i + 1] : []));
  if (exact.length) return exact;
  const q = compact(quote);
  return lines.flatMap((l, i) => (compact(l).includes(q) ? [i + 1] : []));
}

const sameMonths = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((m, i) => m === [...b].sort()[i]);
const MISTAKE_CODES: Record<string, RegExp> = {
  date: /^date-/, year: /^year-|^date-/, anniversary: /^anniversary-/, 'outside-period': /outside-period/, period: /outside-period/,
};

export function scoreFacts(doc: CorpusDoc, p: ParsedPlan): FactResult[] {
  const f = doc.facts.facts;
  const out: FactResult[] = [];
  const add = (kind: FactResult['kind'], right: boolean, expected: unknown, got: unknown) => out.push({ doc: doc.name, kind, right, expected: JSON.stringify(expected), got: JSON.stringify(got) });
  const period = p.info.period ? { kind: p.info.period.kind, from: p.info.period.from, to: p.info.period.to } : null;
  add('period', f.period === null ? period === null : !!period && period.kind === f.period.kind && period.from === f.period.from && period.to === f.period.to, f.period, period);
  const number = (s: string | null) => (s ? s.replace(/\s+/g, '') : null);
  add('number', number(f.number) === number(p.info.number), f.number, p.info.number);
  add('date', f.date === p.info.date, f.date, p.info.date);
  add('place', (f.place === null) === (p.info.place === null) && (f.place === null || nameKey(f.place) === nameKey(p.info.place!)), f.place, p.info.place);
  add('issuingBody', (f.issuingBody === null) === (p.info.issuingBody === null) && (f.issuingBody === null || nameKey(f.issuingBody) === nameKey(p.info.issuingBody!)), f.issuingBody, p.info.issuingBody);
  for (const t of f.targets) {
    const lines = quoteLines(doc.text, t.quote);
    const same = (x: ParsedPlan['targets'][number]) => lines.includes(x.line) && x.value === t.value && x.percent === t.percent && (x.base ?? null) === (t.base ?? null)
      && (x.comparator === t.comparator || (t.value === 0 && ['=', '<='].includes(x.comparator) && ['=', '<='].includes(t.comparator)));
    const hit = p.targets.find(same);
    add('target', !!hit, t, hit ? [hit.comparator, hit.value, hit.percent, hit.base] : p.targets.filter((x) => lines.includes(x.line)).map((x) => [x.comparator, x.value, x.percent, x.base]));
  }
  for (const t of f.tasks) {
    const lines = quoteLines(doc.text, t.quote);
    // A line a converter flattened holds several tasks: the one whose words hold the quote.
    const onLine = p.tasks.filter((x) => lines.includes(x.line));
    const task = onLine.find((x) => compact(x.text).includes(compact(t.quote))) ?? onLine[0];
    const scheduled = p.schedule.filter((x) => lines.includes(x.line)).map((x) => x.month);
    let right: boolean;
    let got: unknown;
    if (t.timing === 'continuous') {
      right = task?.timing.kind === 'continuous';
      got = task?.timing.kind ?? null;
    } else {
      const months = task ? task.timing.months : scheduled;
      right = !!t.months && (task?.timing.kind === 'months' || scheduled.length > 0) && sameMonths(months, t.months);
      got = task ? [task.timing.kind, task.timing.months] : scheduled;
    }
    add('task', right, t, got);
  }
  for (const m of f.mistakes) {
    const lines = quoteLines(doc.text, m.quote);
    const code = MISTAKE_CODES[m.kind] ?? /./;
    const hit = p.warnings.find((w) => w.line !== null && lines.includes(w.line) && code.test(w.code));
    add('mistake', !!hit, m, hit?.code ?? p.warnings.filter((w) => w.line !== null && lines.includes(w.line)).map((w) => w.code));
  }
  return out;
}

export interface LineScore {
  doc: string;
  /** Non-blank lines, and those with a placement (all of them, or the parser lost one). */
  lines: number;
  accounted: number;
  /** Bullet and numbered lines that are items (not headings), and those that landed in targets, tasks or schedule. */
  items: number;
  placed: number;
  /** Item lines the parser put elsewhere, for the report. */
  missed: { line: number; text: string; where: string }[];
}

/**
 * Where the lines went. Bullet and numbered lines are the items of a plan; those the parser found to
 * be headings (lines with items under them, kept as the items' section) or the distribution list
 * are structure, not items.
 */
export function scoreLines(doc: CorpusDoc, p: ParsedPlan): LineScore {
  const src = doc.text.split('\n');
  const placement = new Map(p.lines.map((l) => [l.line, l.placement]));
  const reason = new Map(p.other.map((o) => [o.line, o.reason]));
  const score: LineScore = { doc: doc.name, lines: 0, accounted: 0, items: 0, placed: 0, missed: [] };
  src.forEach((raw, i) => {
    const no = i + 1;
    if (!raw.trim()) return;
    score.lines++;
    const where = placement.get(no);
    if (where) score.accounted++;
    const text = raw.replace(/^[\s#*]+(?=\S)/, (m) => (m.trim().startsWith('*') && /^\*\s/.test(m.trimStart()) ? '* ' : '')).replace(/\*\*/g, '').trim();
    if (!readMarker(text)) return;
    if (where === 'info' || (where === 'other' && (reason.get(no) === 'heading' || reason.get(no) === 'debris'))) return;
    score.items++;
    if (where === 'target' || where === 'task' || where === 'schedule') score.placed++;
    else score.missed.push({ line: no, text: raw.slice(0, 90), where: `${where ?? 'nowhere'}${reason.has(no) ? `:${reason.get(no)}` : ''}` });
  });
  return score;
}

export function runCorpus(): { facts: FactResult[]; lines: LineScore[] } {
  const facts: FactResult[] = [];
  const lines: LineScore[] = [];
  for (const doc of loadCorpus()) {
    const p = parsePlanText(doc.text);
    facts.push(...scoreFacts(doc, p));
    lines.push(scoreLines(doc, p));
  }
  return { facts, lines };
}
