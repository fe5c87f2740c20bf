import { cellA1, columnIndex, columnLetters, formulaString, parseCellA1, quoteSheetName, rectA1, sheetRef } from '../../src/sheets/a1';
import { sheetNameProblem } from '../../src/sheets/sheetName';

describe('A1 notation', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    for (const c of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(c))).toBe(c);
    expect(() => columnLetters(16384)).toThrow(RangeError);
  });
  it('writes cells and ranges, absolute where asked', () => {
    expect(cellA1({ row: 4, col: 3 }, { row: true })).toBe('D$5');
    expect(rectA1({ row: 3, col: 0, rows: 2, cols: 12 })).toBe('A4:L5');
    expect(rectA1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1');
    expect(parseCellA1('$AB$12')).toEqual({ row: 11, col: 27 });
  });
  it('always quotes Vietnamese sheet names and doubles apostrophes', () => {
    expect(quoteSheetName('Nhiệm vụ')).toBe("'Nhiệm vụ'");
    expect(quoteSheetName('Data')).toBe('Data');
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(quoteSheetName("Kế hoạch '26")).toBe("'Kế hoạch ''26'");
    expect(sheetRef('Lịch tháng', { row: 4, col: 2 }, { col: true })).toBe("'Lịch tháng'!$C5");
  });
  it('escapes quotes inside formula strings', () => {
    expect(formulaString('a "b"')).toBe('"a ""b"""');
  });
});

describe('sheet names', () => {
  it.each([['', 'empty'], ['x'.repeat(32), 'too-long'], ['a/b', 'forbidden-char'], ['a[1]', 'forbidden-char'], ["'x", 'apostrophe-edge'], ['History', 'reserved']])('refuses %j', (name, why) => {
    expect(sheetNameProblem(name)).toBe(why);
  });
  it('accepts the Vietnamese sheet names', () => {
    expect(sheetNameProblem('Lịch tháng')).toBeNull();
  });
});
