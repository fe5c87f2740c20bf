import { demoSchoolPlan, demoWardPlan } from '../../../src/demo/demoPlan';
import { isFinalRound, nextPeriodLabel, roundSubject, tasksAfter } from '../../../src/domain/report/roundNarrative';

describe('a round\'s report wording', () => {
  const ward = demoWardPlan();
  const [six, year] = ward.rounds!;

  it('takes stock midway and closes at the last round', () => {
    expect(isFinalRound(ward, six)).toBe(false);
    expect(isFinalRound(ward, year)).toBe(true);
    expect(roundSubject(ward, six)).toBe('Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm');
    expect(roundSubject(ward, year)).toBe('Tổng kết hoạt động công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027');
  });

  it('a school year by semester', () => {
    const school = demoSchoolPlan();
    const [hk1, nh] = school.rounds!;
    expect(nextPeriodLabel(school, hk1)).toBe('học kỳ II năm học 2025-2026');
    expect(roundSubject(school, nh)).toBe('Tổng kết hoạt động công đoàn năm học 2025-2026 và phương hướng, nhiệm vụ năm học 2026-2027');
  });

  it('the next tasks are those timed after the cut-off month, continuous ones aside', () => {
    const after = tasksAfter(ward.tasks, six.cutOff).map((t) => t.section);
    expect(after).toEqual(ward.tasks.filter((t) => t.frequency !== 'continuous' && t.start && (t.end ?? t.start) > '2026-05').map((t) => t.section));
    expect(after).toContain('1.2');
    expect(after).not.toContain('3.2'); // May itself is before the cut-off's end
    expect(tasksAfter(ward.tasks, year.cutOff).map((t) => t.section)).toEqual(['4.2']);
  });
});
