import { NoReportSheets } from '../../src/app/consolidate';
import { errorText, targetPlanned, targetResult } from '../../src/app/outcomeText';
import { excelUserError } from '../../src/hosts/excel/errors';
import { planMissingError } from '../../src/sheets/read/planReadError';
import { BANNED, bareTrang, GLOSSARY } from '../../src/ui/glossary';
import { STRINGS } from '../../src/ui/i18n';
import { ROUND_STRINGS } from '../../src/ui/roundStrings';
import { STANDING_STRINGS } from '../../src/ui/standingStrings';
import { shownError } from '../../src/ui/shownError';

/**
 * Every text a Strings table can say: each function called with the first argument shapes that
 * make sense of it (numbers, names, a list of names).
 */
function texts(strings: object): [string, string][] {
  return Object.entries(strings).map(([key, value]): [string, string] => {
    if (typeof value === 'string') return [key, value];
    if (Array.isArray(value)) return [key, value.join('\n')];
    const fn = value as (...args: unknown[]) => string;
    const n = Math.max(fn.length, 1);
    const shapes: unknown[][] = [Array(n).fill(3), [['Chỉ tiêu'], ...Array(n - 1).fill('Tổng hợp')], Array(n).fill('Chỉ tiêu'), ['Chỉ tiêu', ...Array(n - 1).fill(3)]];
    const said = shapes.map((args) => { try { return fn(...args); } catch { return ''; } });
    return [key, said.find((x) => x && !/NaN|undefined|\[object/.test(x)) ?? said[0]];
  });
}

const errors = (lang: 'vi' | 'en') => [
  errorText(planMissingError(['Thông tin', 'Chỉ tiêu', 'Nhiệm vụ'], 'kh.xlsx'), lang),
  errorText(new NoReportSheets(), lang),
  errorText(excelUserError({ code: 'InvalidArgument', message: 'bad address C5:B5' }), lang),
  ...['InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded', 'AccessDenied', 'ItemNotFound', 'ApiNotFound'].map((code) => errorText(excelUserError({ code }), lang)),
  shownError(new TypeError('x is undefined'), lang).message,
];

describe('the words users read', () => {
  for (const lang of ['vi', 'en'] as const) {
    const all = [...texts(STRINGS[lang]), ...texts(ROUND_STRINGS[lang]), ...texts(STANDING_STRINGS[lang]), ...errors(lang).map((e, i): [string, string] => [`error ${i}`, e])];

    it(`${lang}: no banned word in any UI string`, () => {
      const hits = all.flatMap(([key, text]) => BANNED.filter((re) => re.test(text)).map((re) => `${key}: ${String(re)} in "${text}"`));
      expect(hits).toEqual([]);
    });
  }

  it('vi: "trang" is always trang tính, trang in or trang web', () => {
    const hits = [...texts(STRINGS.vi), ...texts(ROUND_STRINGS.vi), ...texts(STANDING_STRINGS.vi)].flatMap(([key, text]) => bareTrang(text).map((m) => `${key}: ${m}`));
    expect(hits).toEqual([]);
  });

  it('the glossary is what the strings use: Office\'s terms, one form of address', () => {
    expect(GLOSSARY.worksheet.vi).toBe('trang tính');
    expect(GLOSSARY.printArea.vi).toBe('vùng in');
    const vi = texts(STRINGS.vi).map(([, text]) => text).join('\n');
    expect(vi).toMatch(/\bbạn\b/);
    expect(vi).not.toMatch(/đồng chí/i);
  });

  it('the banned list catches what it should (the test can fail)', () => {
    for (const bad of ['Dùng add-in', 'bảng BaoCao', 'cần ExcelApi 1.9', 'lệnh unionplan parse', 'mã hóa UTF-8', 'lỗi #REF!', 'Đồng chí sửa']) {
      expect(BANNED.some((re) => re.test(bad))).toBe(true);
    }
    expect(bareTrang('Kết quả ở trang Tổng hợp')).toHaveLength(1);
  });

  it('English mode writes English numbers: 92.1%, 1,200', () => {
    const share = { comparator: '>=' as const, target: 90, percent: true, unit: '', rule: 'ratio' as const, result: 92.1 };
    const count = { comparator: '>=' as const, target: 1000, percent: false, unit: 'đoàn viên', rule: 'sum' as const, result: 1200 };
    expect(targetResult(share, 'en')).toBe('92.1%');
    expect(targetResult(share, 'vi')).toBe('92,1%');
    expect(targetResult(count, 'en')).toBe('1,200');
    expect(targetPlanned(share, 'en')).toBe('≥ 90%');
  });
});
