import { period } from '../support/period';
import { taskMonths } from '../../src/domain/task';


describe('taskMonths', () => {
  const school = period('2025-2026');
  it('runs a continuous task every month of the period', () => {
    expect(taskMonths({ frequency: 'continuous', start: null, end: null }, school)).toHaveLength(12);
  });
  it('runs from start to end across the new year', () => {
    expect(taskMonths({ frequency: 'scheduled', start: '2025-11', end: '2026-01' }, school)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
  it('takes the start month alone when there is no end', () => {
    expect(taskMonths({ frequency: 'event', start: '2026-03', end: null }, school)).toEqual(['2026-03']);
  });
  it('clips to the period and ignores reversed ranges', () => {
    expect(taskMonths({ frequency: 'scheduled', start: '2025-07', end: '2025-10' }, school)).toEqual(['2025-09', '2025-10']);
    expect(taskMonths({ frequency: 'scheduled', start: '2026-05', end: '2026-02' }, school)).toEqual([]);
  });
  it('has no months for an undated non-continuous task', () => {
    expect(taskMonths({ frequency: 'adhoc', start: null, end: null }, school)).toEqual([]);
  });
});
