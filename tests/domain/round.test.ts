import { chosenRound, defaultRounds, elapsedShare, findRound, planRounds } from '../../src/domain/round';
import { UserError } from '../../src/domain/userError';
import { quarterPeriod, schoolYearPeriod, termPeriod, yearPeriod } from '../../src/domain/period';
import { demoWardPlan } from '../../src/demo/demoPlan';

describe('reporting rounds', () => {
  it('a year reports at 6 months to 31/5 and for the year to 30/11', () => {
    expect(defaultRounds(yearPeriod(2026)).map((r) => [r.code, r.name, r.cutOff])).toEqual([
      ['6T', '6 tháng đầu năm 2026', '2026-05-31'],
      ['CN', 'Năm 2026', '2026-11-30'],
    ]);
  });

  it('a school year by semester I to 31/12 and the school year to 31/5', () => {
    expect(defaultRounds(schoolYearPeriod(2025)).map((r) => [r.code, r.cutOff])).toEqual([['HK1', '2025-12-31'], ['NH', '2026-05-31']]);
  });

  it('a term once a year, a quarter once at its end', () => {
    expect(defaultRounds(termPeriod(2025, 2030)).map((r) => r.cutOff)).toEqual(['2025-11-30', '2026-11-30', '2027-11-30', '2028-11-30', '2029-11-30', '2030-11-30']);
    expect(defaultRounds(quarterPeriod(2026, 3)).map((r) => r.cutOff)).toEqual(['2026-09-30']);
  });

  it('the share of time elapsed counts days from the first day through the cut-off', () => {
    // Jan–May 2026: 31 + 28 + 31 + 30 + 31 = 151 of 365 days.
    expect(elapsedShare(yearPeriod(2026), '2026-05-31')).toBe(Math.round((151 / 365) * 1000) / 10);
    expect(elapsedShare(yearPeriod(2026), '2026-12-31')).toBe(100);
    expect(elapsedShare(yearPeriod(2026), '2025-12-31')).toBe(0);
  });

  it('a plan made before rounds takes its period\'s; a round is found by its code whatever the case', () => {
    const plan = demoWardPlan();
    delete plan.rounds;
    expect(planRounds(plan).map((r) => r.code)).toEqual(['6T', 'CN']);
    expect(findRound(planRounds(plan), ' 6t ')?.code).toBe('6T');
    expect(findRound(planRounds(plan), 'HK1')).toBeUndefined();
  });
});

describe('the round the user asks for', () => {
  const plan = demoWardPlan();

  it('by its code, or by its place in the list; none asked is the whole period', () => {
    expect(chosenRound(plan, '6t')?.code).toBe('6T');
    expect(chosenRound(plan, '2')?.code).toBe('CN');
    expect(chosenRound(plan, undefined)).toBeNull();
  });

  it('an unknown round is refused naming the rounds there are and where they are set', () => {
    expect(() => chosenRound(plan, 'HK1', 'ke-hoach.xlsx')).toThrow(UserError);
    expect(() => chosenRound(plan, '3', 'ke-hoach.xlsx')).toThrow(UserError);
    try { chosenRound(plan, '3', 'ke-hoach.xlsx'); } catch (e) {
      expect((e as UserError).vi).toContain('ke-hoach.xlsx');
      expect((e as UserError).vi).toContain('6T (6 tháng đầu năm 2026, đến 31/05/2026)');
      expect((e as UserError).vi).toContain('KyBaoCao');
      expect((e as UserError).where.sheet).toBe('Đơn vị');
    }
  });
});
