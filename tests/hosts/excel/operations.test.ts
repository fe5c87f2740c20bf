import { demoWardPlan } from '../../../src/demo/demoPlan';
import { ALL_CAPABILITIES, detectCapabilities, skippedFeatures } from '../../../src/hosts/excel/capabilities';
import { batches, charsToPoints, inert, opBytes, workbookOps } from '../../../src/hosts/excel/operations';
import { planWorkbook } from '../../../src/sheets/planWorkbook';

describe('op planning', () => {
  it('makes text inert that Excel would read as a formula', () => {
    expect(inert('=1+1')).toBe("'=1+1");
    expect(inert('+84 912')).toBe("'+84 912");
    expect(inert('- gạch đầu dòng')).toBe("'- gạch đầu dòng");
    expect(inert('@x')).toBe("'@x");
    expect(inert({ formula: '=A1' })).toBe('=A1');
    expect(inert('Thường xuyên')).toBe('Thường xuyên');
    expect(inert("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(inert("'trích dẫn")).toBe("''trích dẫn");
  });

  it('keeps text as text where Excel would make it a number, date, time, boolean, error or amount', () => {
    for (const s of ['001', '1.234', '1,5', '90%', '3/2026', '28/7', '2026-03-01', '8:30', 'TRUE', 'false', '(5)', '1e5', '5-Jan', 'Jan-26', '#N/A', ' #REF!', '1 1/2', '10 ₫', '$5', 'Quý II/2026', 'DN01']) expect(inert(s)).toBe(`'${s}`);
    for (const s of ['Thường xuyên', 'Có', 'Tháng Giêng', 'Jan', 'true love']) expect(inert(s)).toBe(s);
    expect(inert(12)).toBe(12);
  });

  it('cuts text to what a cell holds (32,767 characters) rather than have Excel refuse it', () => {
    const long = inert('x'.repeat(40_000)) as string;
    expect(long).toHaveLength(32_766);
    expect(long.endsWith('…')).toBe(true);
    expect(inert('𝐀'.repeat(20_000)) as string).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it('converts character widths to points like Excel does', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
  });

  it('keeps every request under the budget and the order of ops', () => {
    const ops = workbookOps(planWorkbook(demoWardPlan()), ALL_CAPABILITIES);
    const budget = 4000;
    const parts = batches(ops, budget);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(ops);
    for (const p of parts) if (p.length > 1) expect(p.reduce((n, op) => n + opBytes(op), 0)).toBeLessThanOrEqual(budget);
  });

  it('leaves out what the Excel version cannot do, and says so', () => {
    const caps = { dataValidation: false, pageLayout: false, insertWorksheets: false, cellEditWait: false };
    const kinds = new Set(workbookOps(planWorkbook(demoWardPlan()), caps).map((o) => o.kind));
    expect(kinds.has('validation')).toBe(false);
    expect(kinds.has('pageLayout')).toBe(false);
    expect(skippedFeatures(caps).map((s) => s.feature)).toEqual(['dataValidation', 'pageLayout']);
    expect(skippedFeatures(ALL_CAPABILITIES)).toEqual([]);
  });

  it('detects requirement sets through Office and survives a throwing check', () => {
    const caps = detectCapabilities((_n, v) => v === '1.8' || v === '1.11');
    expect(caps).toEqual({ dataValidation: true, pageLayout: false, insertWorksheets: false, cellEditWait: true });
    expect(detectCapabilities(() => { throw new Error('no Office'); })).toEqual({ dataValidation: false, pageLayout: false, insertWorksheets: false, cellEditWait: false });
  });
});
