import { queueSheetReads } from '../../../src/hosts/excel/readSheets';
import { FakeContext, WorkbookState } from '../../support/excelFake';

const ctxOf = (f: FakeContext) => f as unknown as Excel.RequestContext;

describe('Excel host: queueSheetReads', () => {
  it('reads several sheets in one sync, from A1 even when the used range starts further in', async () => {
    const fake = new FakeContext(new WorkbookState(['A', 'Trống']));
    const a = fake.state.sheet('A')!;
    a.cells.set('2,1', { formula: 'x' });
    a.cells.set('3,2', { formula: 5 });
    a.cells.set('3,3', { formula: '=B3*2' });
    const read = queueSheetReads(ctxOf(fake), ['A', 'Trống', 'Không có']);
    await fake.sync();
    const values = read();
    expect(fake.syncCount).toBe(1);
    expect(values.get('A')).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, 'x', null, null],
      [null, null, 5, null],
    ]);
    expect(values.get('Trống')).toEqual([]);
    expect(values.has('Không có')).toBe(false);
  });
});
