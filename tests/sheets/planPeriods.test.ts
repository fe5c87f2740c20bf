import { emptyPlan } from '../../src/domain/plan';
import { parsePlanText } from '../../src/domain/parse/parsePlanText';
import { parsedToPlan } from '../../src/domain/parse/toPlan';
import { checkPlan } from '../../src/sheets/check/checkPlan';
import { planWorkbook } from '../../src/sheets/planWorkbook';
import { readPlan } from '../../src/sheets/read/readPlan';
import { specValues } from '../support/specValues';
import { period } from '../support/period';

/** The new period kinds go through the plan sheets' period cell and back, and check is silent on them. */
describe('plan sheets for a quarter, a half-year and a campaign', () => {
  it.each(['2026-Q2', '2026-H1', '2026-04..2026-05', '2025-12..2026-01'])('%s round-trips through Thông tin', (code) => {
    const plan = emptyPlan('Công đoàn phường An Khánh', '', period(code));
    const values = specValues(planWorkbook(plan));
    const read = readPlan(values);
    expect(read.findings).toEqual([]);
    expect(read.plan!.info.period).toEqual(period(code));
    // An empty plan lacks only its signer; nothing about the period is flagged.
    expect(checkPlan(values).map((f) => f.code)).toEqual(['info-signer-missing']);
  });

  it('scaffolds a monthly plan read from a document, its tasks in its month', () => {
    const parsed = parsePlanText('CÔNG ĐOÀN TRƯỜNG A\nKẾ HOẠCH THÁNG 3/2025\n1. Tổ chức hội thao giữa các tổ\n2. Gặp mặt nhân ngày 8/3');
    const plan = parsedToPlan(parsed);
    expect(plan.info.period).toEqual({ kind: 'month', from: '2025-03', to: '2025-03' });
    expect(plan.tasks.map((t) => [t.start, t.end])).toEqual([['2025-03', '2025-03'], ['2025-03', '2025-03']]);
    expect(readPlan(specValues(planWorkbook(plan))).plan!.tasks).toHaveLength(2);
  });
});
