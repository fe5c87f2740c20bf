import { demoWardPlan } from '../../../src/demo/demoPlan';
import { isoToSerial } from '../../../src/domain/excelDate';
import { readPlan } from '../../../src/sheets/read/readPlan';
import { readDate, readRounds } from '../../../src/sheets/read/readRounds';
import { SHEET } from '../../../src/sheets/names';
import { planWorkbook } from '../../../src/sheets/planWorkbook';
import { FIRST_DATA_ROW, columnIndexOf } from '../../../src/sheets/tableLayout';
import { ROUND_COLUMNS, ROUND_FIRST_COL } from '../../../src/sheets/unitsSheet';
import { specValues } from '../../support/specValues';

const unitsOf = (plan = demoWardPlan()) => specValues(planWorkbook(plan)).get(SHEET.units)!.map((l) => l.slice());
const col = (key: string) => ROUND_FIRST_COL + columnIndexOf(ROUND_COLUMNS, key);

describe('Table KyBaoCao read back', () => {
  it('round-trips the rounds written in Đơn vị', () => {
    const plan = demoWardPlan();
    plan.rounds = [{ code: 'Q1', name: 'Quý I/2026', cutOff: '2026-03-31', elapsed: 24.7, tolerance: 3 }, { code: 'CN', name: 'Năm 2026', cutOff: '2026-11-30', elapsed: 91.5, tolerance: 5 }];
    const read = readPlan(specValues(planWorkbook(plan)));
    expect(read.findings).toEqual([]);
    expect(read.plan?.rounds).toEqual(plan.rounds);
  });

  it('computes a blank share of time from the date and reads a typed date', () => {
    const values = unitsOf();
    values[FIRST_DATA_ROW][col('elapsed')] = null;
    values[FIRST_DATA_ROW][col('cutOff')] = '30/6/2026';
    const { rounds, findings } = readRounds(values, demoWardPlan().info.period);
    expect(findings).toEqual([]);
    expect(rounds?.[0]).toMatchObject({ cutOff: '2026-06-30', elapsed: Math.round((181 / 365) * 1000) / 10 });
  });

  it('points at a round without a date or with an impossible one', () => {
    const values = unitsOf();
    values[FIRST_DATA_ROW][col('cutOff')] = null;
    values[FIRST_DATA_ROW + 1][col('cutOff')] = '31/02/2026';
    const { rounds, findings } = readRounds(values, demoWardPlan().info.period);
    expect(rounds).toEqual([]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['required-empty', `L${FIRST_DATA_ROW + 1}`], ['date-invalid', `L${FIRST_DATA_ROW + 2}`]]);
  });

  it('a sheet without the table gives no rounds (the period\'s usual ones apply)', () => {
    expect(readRounds([['Mã đơn vị', 'Tên đơn vị']], demoWardPlan().info.period).rounds).toBeNull();
  });

  it('reads dates as serials or day/month/year text', () => {
    expect(readDate(isoToSerial('2026-05-31'))).toBe('2026-05-31');
    expect(readDate('31.5.2026')).toBe('2026-05-31');
    expect(readDate('tháng 5')).toBe('bad');
    expect(readDate(null)).toBeNull();
  });
});
