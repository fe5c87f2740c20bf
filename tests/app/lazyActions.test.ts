import { lazyActions } from '../../src/app/lazyActions';
import { UserError } from '../../src/domain/userError';
import { fakePlanHost } from '../support/fakePlanHost';

describe('lazyActions', () => {
  it('loads the actions once, on the first call, and hands every request through', async () => {
    const actions = fakePlanHost({ check: [async () => ({ findings: [], sheets: ['Kiểm tra'], skipped: [] }), async () => ({ findings: [], sheets: [], skipped: [] })] });
    let loads = 0;
    const host = lazyActions('excel', async () => { loads++; return actions; });
    expect(loads).toBe(0);
    expect((await host.check({ takeOver: true })).sheets).toEqual(['Kiểm tra']);
    await host.check({});
    expect(loads).toBe(1);
    expect(actions.checkCalls).toEqual([{ takeOver: true }, {}]);
    expect(host.kind).toBe('excel');
    expect(typeof host.select).toBe('function');
  });

  it('says plainly when the code did not load, and loads again on the next click', async () => {
    const actions = fakePlanHost({ check: [async () => ({ findings: [], sheets: [], skipped: [] })] });
    let loads = 0;
    const host = lazyActions('file', async () => {
      if (++loads === 1) throw new Error('ChunkLoadError: Loading chunk excel failed.');
      return actions;
    });
    const first = await host.check({}).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(UserError);
    expect((first as UserError).code).toBe('code-load-failed');
    expect((first as UserError).vi).toMatch(/^Không tải được phần xử lý/);
    await expect(host.check({})).resolves.toEqual({ findings: [], sheets: [], skipped: [] });
    expect(loads).toBe(2);
    // The standalone page has no open workbook to go to.
    expect(host.select).toBeUndefined();
  });
});
