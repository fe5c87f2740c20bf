import { markedSheet, markFormula, Ownership, readMark } from '../../src/sheets/ownership';

describe('ownership marks', () => {
  it.each(['Tổng hợp', 'Sheet1', "Bob's notes", 'BC DN01', 'A1B'])('reads back the sheet a mark refers to: %s', (name) => {
    expect(markedSheet(markFormula(name))).toBe(name);
  });

  it('reads no sheet from a broken or foreign reference', () => {
    for (const f of ['=#REF!$A$1', '=#REF!', "='Tổng hợp'!$B$2", '=SUM(A1:A3)', '', '="x"']) expect(markedSheet(f)).toBeNull();
  });

  it('owns by sheet name as Excel compares them, ignores names that are not marks, and finds a free name', () => {
    const marks = [
      readMark('_unionplan_1', "='Tổng hợp'!$A$1", 'unionplan'),
      readMark('_unionplan_2', '=#REF!$A$1', 'unionplan'),
      readMark('_UNIONPLAN_3', "='Lịch tháng'!$A$1", 'unionplan:writing'),
      readMark('TongCong', "='Tổng hợp'!$A$1", ''),
    ].filter((m) => m !== null);
    const own = new Ownership(marks);
    expect(marks).toHaveLength(3);
    expect(own.owns('TỔNG HỢP')).toBe(true);
    expect(own.owns('Theo đơn vị')).toBe(false);
    expect(own.incomplete()).toEqual(['Lịch tháng']);
    expect(own.dangling().map((m) => m.name)).toEqual(['_unionplan_2']);
    const taken = new Set<string>();
    expect([own.freeName(taken), own.freeName(taken)]).toEqual(['_unionplan_4', '_unionplan_5']);
  });
});
