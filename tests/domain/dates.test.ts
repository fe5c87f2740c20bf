import { isoToSerial, isValidIsoDate, monthToSerial, serialToIso, serialToMonth } from '../../src/domain/excelDate';
import { addMonths, monthsBetween } from '../../src/domain/month';
import { officialDateText, placeDateLine } from '../../src/domain/vietnameseDate';

describe('Excel serial dates', () => {
  it('matches Excel for known dates', () => {
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2026-01-01')).toBe(46023);
    expect(serialToIso(46023)).toBe('2026-01-01');
  });
  it('round-trips every first of month for a decade', () => {
    for (let m = '2020-01'; m <= '2030-12'; m = addMonths(m, 1)) expect(serialToMonth(monthToSerial(m))).toBe(m);
  });
  it('rejects dates that do not exist', () => {
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(() => isoToSerial('2026-02-30')).toThrow(RangeError);
  });
});

describe('months', () => {
  it('adds across year ends both ways', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
  it('lists inclusive ranges and nothing when reversed', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});

describe('official date line (Nghị định 30/2020)', () => {
  it('puts a leading zero on days below 10 and on months 1 and 2 only', () => {
    expect(officialDateText('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(officialDateText('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(officialDateText('2024-04-01')).toBe('ngày 01 tháng 4 năm 2024');
    expect(officialDateText('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });
  it('joins the place, or gives the place alone without a date', () => {
    expect(placeDateLine('Hà Nội', '2026-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Hà Nội', null)).toBe('Hà Nội');
  });
});
