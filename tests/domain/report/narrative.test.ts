import fc from 'fast-check';
import { viNumber } from '../../../src/domain/numberText';
import { consolidate, type Consolidation } from '../../../src/domain/report/consolidate';
import type { MemberReport } from '../../../src/domain/report/memberReport';
import { missedTargetText, reportNarrative } from '../../../src/domain/report/narrative';
import { naturalOrgName } from '../../../src/domain/report/orgName';
import { reportFigures } from '../../../src/domain/report/reportFigures';
import { percentFigure, plannedWords } from '../../../src/domain/report/resultText';
import { DEFAULT_RATING_LEVELS, type Unit } from '../../../src/domain/report/unit';
import type { AggregationRule, Comparator, Target } from '../../../src/domain/target';

/**
 * Issue #18's narrative properties, over random consolidations: no unit is both a leader and one
 * needing attention, leaders are rated "Hoàn thành tốt nhiệm vụ" or above, every number the text
 * states is one of the consolidation's, comparators are words, and computed percentages share one
 * precision.
 */
jest.setTimeout(60_000);

const NAMES = ['An Bình', 'Bắc Sơn', 'Cẩm Lệ', 'Diên Khánh', 'Đồng Xuân', 'Hòa Vang', 'Krông Pắc', 'Long Hải'];
const TEXTS = ['Phát triển đoàn viên mới', 'Tổ chức Hội nghị người lao động', 'Tuyên truyền pháp luật', 'Thành lập công đoàn cơ sở', 'Không có CĐCS không hoàn thành nhiệm vụ', 'Thu kinh phí công đoàn'];
const UNITS = ['đoàn viên', 'CĐCS', 'doanh nghiệp', 'người'];
const ctx = { issuingBody: 'CÔNG ĐOÀN PHƯỜNG AN KHÁNH', periodLabel: 'năm 2026', byUnitSheet: 'Theo đơn vị', unitsSheet: 'Đơn vị' };

const targetArb = (i: number) => fc.record({
  rule: fc.constantFrom<AggregationRule>('sum', 'ratio', 'unit-share', 'unit-count'),
  comparator: fc.constantFrom<Comparator>('>=', '>', '<=', '<', '='),
  value: fc.integer({ min: 0, max: 120 }),
  text: fc.constantFrom(...TEXTS),
  unit: fc.constantFrom(...UNITS),
}).map(({ rule, comparator, value, text, unit }): Target => {
  const percent = rule === 'ratio' || rule === 'unit-share';
  return { code: `CT${String(i + 1).padStart(2, '0')}`, group: '', text, comparator, value: percent ? Math.min(value, 100) : value, kind: percent ? 'percent' : 'count', unit, base: null, rule, lowerIsBetter: comparator === '<=' || comparator === '<', note: '' };
});

const scenario = fc.integer({ min: 1, max: 6 }).chain((nt) => fc.integer({ min: 1, max: NAMES.length }).chain((nu) => fc.record({
  targets: fc.tuple(...Array.from({ length: nt }, (_, i) => targetArb(i))),
  answers: fc.array(fc.option(fc.array(fc.record({ result: fc.integer({ min: 0, max: 60 }), extra: fc.integer({ min: 0, max: 30 }), na: fc.boolean() }), { minLength: nt, maxLength: nt }), { nil: null, freq: 4 }), { minLength: nu, maxLength: nu }),
})));

function run(s: { targets: Target[]; answers: ({ result: number; extra: number; na: boolean }[] | null)[] }): { c: Consolidation; units: Unit[] } {
  const units = s.answers.map((_a, i): Unit => ({ code: `U${i}`, name: `CĐCS ${NAMES[i]}`, type: '', parent: '', contact: '' }));
  const reports: MemberReport[] = s.answers.flatMap((a, i) => (a ? [{
    unitCode: `U${i}`, unitName: units[i].name, periodCode: '2026', source: { file: '', sheet: 'BC' }, unitAt: 'B3',
    lines: a.map((x, k) => {
      const t = s.targets[k];
      const shared = t.rule === 'ratio' || t.rule === 'unit-share';
      const result = t.rule === 'unit-share' ? x.result % 2 : x.result;
      return { code: t.code, result, base: shared ? (t.rule === 'unit-share' ? 1 : result + x.extra) : null, na: x.na && x.extra % 5 === 0, note: '', at: 'D1' };
    }),
  }] : []));
  return { c: consolidate({ targets: s.targets, units, reports, periodCode: '2026', levels: DEFAULT_RATING_LEVELS }), units };
}

/** Every figure the narrative may state, computed from the consolidation itself. */
function allowedNumbers(c: Consolidation): Set<string> {
  const ok = new Set<string>();
  const n = (x: number) => ok.add(viNumber(x, 2));
  const pct = (x: number) => ok.add(percentFigure(x).replace('%', ''));
  const status = (s: string) => c.targets.filter((t) => t.status === s).length;
  [c.units.expected, c.units.reported, c.units.missing.length, c.targets.length, status('exceeded'), status('met'), status('not-met'), status('na'), status('not-reported'), status('met') + status('exceeded')].forEach(n);
  if (c.units.expected) pct((100 * c.units.reported) / c.units.expected);
  for (const t of c.targets) {
    n(t.target);
    if (t.result !== null) { n(t.result); pct(t.result); }
    if (t.attainment !== null) pct(t.attainment);
  }
  for (const u of c.byUnit) {
    if (u.rank !== null) n(u.rank);
    if (u.score !== null) pct(u.score);
    const judged = Object.values(u.statuses).filter((s) => s === 'met' || s === 'exceeded' || s === 'not-met');
    n(judged.length);
    n(judged.filter((s) => s === 'not-met').length);
  }
  for (const l of DEFAULT_RATING_LEVELS) { n(l.minScore); n(c.byUnit.filter((u) => u.reported && u.rating === l.name).length); }
  n(c.byUnit.filter((u) => u.reported && !u.rating).length);
  return ok;
}

describe('report narrative, over random consolidations', () => {
  it('never names a unit both as a leader and as one needing attention, and leads only with good ratings', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { c, units } = run(s);
      const f = reportFigures(c, units, DEFAULT_RATING_LEVELS);
      const text = new Map(reportNarrative(f, ctx).map((p) => [p.key, p.text]));
      const leaders = text.get('leaders') ?? '';
      const attention = text.get('attention') ?? '';
      for (const u of units) expect(leaders.includes(u.name) && attention.includes(u.name)).toBe(false);
      const good = DEFAULT_RATING_LEVELS.slice(0, 2).map((l) => l.name);
      for (const u of f.leaders) expect(good).toContain(u.rating);
      for (const u of f.attention) expect(good).not.toContain(c.byUnit.find((x) => x.code === u.code)!.rating);
    }), { numRuns: 300 });
  });

  it('states only the consolidation\'s numbers, comparators in words, one precision for computed percentages, ratings with their basis', () => {
    fc.assert(fc.property(scenario, (s) => {
      const { c, units } = run(s);
      const paragraphs = reportNarrative(reportFigures(c, units, DEFAULT_RATING_LEVELS), ctx);
      // The period's year comes from the plan, not from the figures.
      const allowed = new Set([...allowedNumbers(c), '2026']);
      for (const p of paragraphs) {
        // Codes are names, not figures.
        const figures = p.text.replace(/\bCT\d+\b/g, '').match(/\d+(?:\.\d{3})*(?:,\d+)?/g) ?? [];
        for (const x of figures) expect({ key: p.key, x, ok: allowed.has(x) }).toEqual({ key: p.key, x, ok: true });
        expect(p.text).not.toMatch(/[≥≤<>=]/);
        // Computed percentages ("đạt 60,0%", "bằng 66,7%") carry exactly one decimal.
        for (const m of p.text.matchAll(/(đạt|bằng|kết quả) (\d+(?:,\d+)?)%/g)) expect(m[2]).toMatch(/,\d$/);
      }
      const ratings = paragraphs.find((p) => p.key === 'ratings');
      if (c.units.reported) expect(ratings?.text).toContain('được tính từ tỷ lệ chỉ tiêu mỗi đơn vị đạt hoặc vượt');
    }), { numRuns: 300 });
  });
});

describe('missed targets read as a signer can defend them', () => {
  const base = { code: 'CT06', text: 'Không có CĐCS không hoàn thành nhiệm vụ', percent: false, rule: 'unit-count' as const, unit: 'CĐCS', numerator: 1, base: null, status: 'not-met' as const, unitsReported: 5, unitsNa: 0, unitsMeeting: 4 };
  it('says a ceiling as a ceiling, with units, without a percentage of nothing', () => {
    expect(missedTargetText({ ...base, comparator: '<=', target: 0, result: 1, attainment: 0 })).toBe('CT06 – Không có CĐCS không hoàn thành nhiệm vụ: có 1 CĐCS không hoàn thành nhiệm vụ, chỉ tiêu là không có CĐCS nào');
    expect(missedTargetText({ ...base, text: 'Số vụ tai nạn lao động', unit: 'vụ', comparator: '<', target: 3, result: 4, attainment: 75 })).toBe('CT06 – Số vụ tai nạn lao động: kết quả 4 vụ, chỉ tiêu là dưới 3 vụ');
  });
  it('gives a floor its unit, its comparator in words and one precision', () => {
    expect(missedTargetText({ ...base, code: 'CT01', text: 'Kết nạp đoàn viên', rule: 'sum', unit: 'đoàn viên', comparator: '>=', target: 50, result: 49, attainment: 98 })).toBe('CT01 – Kết nạp đoàn viên: đạt 49 đoàn viên, chỉ tiêu là ít nhất 50 đoàn viên (bằng 98,0% chỉ tiêu)');
    expect(missedTargetText({ ...base, code: 'CT04', text: 'Tuyên truyền', rule: 'ratio', percent: true, unit: 'đoàn viên', comparator: '>', target: 90, result: 85.06, attainment: 85.06 / 0.9 })).toBe('CT04 – Tuyên truyền: đạt 85,1%, chỉ tiêu là trên 90% (bằng 94,5% chỉ tiêu)');
    expect(plannedWords({ comparator: '<=', target: 5, percent: true, rule: 'ratio', unit: '' })).toBe('không quá 5%');
  });
});

describe('names in sentences', () => {
  it('writes a name held in capitals as a sentence does, and keeps a name typed in mixed case', () => {
    expect(naturalOrgName('CÔNG ĐOÀN PHƯỜNG AN KHÁNH')).toBe('Công đoàn phường An Khánh');
    expect(naturalOrgName('LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM')).toBe('Liên đoàn Lao động tỉnh Đông Nam');
    expect(naturalOrgName('CĐCS TRƯỜNG THCS LÊ QUÝ ĐÔN')).toBe('CĐCS Trường THCS Lê Quý Đôn');
    expect(naturalOrgName('CÔNG ĐOÀN VIÊN CHỨC TỈNH')).toBe('Công đoàn Viên chức tỉnh');
    expect(naturalOrgName('Công đoàn cơ sở Công ty ABC')).toBe('Công đoàn cơ sở Công ty ABC');
  });
});
