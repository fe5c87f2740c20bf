import { period } from '../../support/period';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../../src/domain/parse/parsePlanText';
import { parsedToPlan } from '../../../src/domain/parse/toPlan';
import { UserError } from '../../../src/domain/userError';
import { encodeLegacy } from '../../../src/domain/parse/legacyEncoding';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');

describe('parsePlanText: an annual plan', () => {
  const p = parsePlanText(fixture('ke-hoach-nam-2026.txt'));

  it('reads the header block, odd spacing included', () => {
    expect(p.info).toMatchObject({
      number: '07/KH-CĐP', place: 'Bình Minh', date: '2026-01-08', title: 'KẾ HOẠCH Công tác công đoàn năm 2026',
      period: { kind: 'year', from: '2026-01', to: '2026-12' }, issuingBody: 'Công đoàn phường Bình Minh', issuingBodyFrom: 'header',
      superiorBody: 'Liên đoàn Lao động tỉnh Đông Nam',
      signerOnBehalf: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH', signerName: 'Phạm Văn Minh',
      recipients: ['LĐLĐ tỉnh (b/c);', 'Các CĐCS;', 'Lưu: VT.'],
    });
  });

  it('reads every target of the CHỈ TIÊU part, three from one sentence', () => {
    expect(p.targets.map((t) => [t.comparator, t.value, t.percent, t.unit, t.base])).toEqual([
      ['>=', 85, false, 'đoàn viên', null],
      ['>=', 100, true, null, null],
      ['>', 85, true, 'CĐCS', null],
      ['>=', 15, true, 'CĐCS', null],
      ['<=', 0, false, 'CĐCS', null],
      ['>=', 3, false, 'đơn vị', 3],
      ['>=', 100, true, 'CĐCS', null],
    ]);
    // The last one is stated inside a task's sentence ("vận động 100% CĐCS tham gia").
    expect(p.targets[6]).toMatchObject({ section: '3', line: 49 });
  });

  it('gives each task its section and the timing line that follows it', () => {
    expect(p.tasks.map((t) => [t.section, t.timing.kind, t.timing.months.length])).toEqual([
      ['1', 'continuous', 12],
      ['1', 'continuous', 12],
      ['2', 'months', 7],
      ['2', 'months', 1],
      ['3', 'months', 1],
      ['3', 'unspecified', 0],
      ['4', 'periodic', 0],
      // "IV. TỔ CHỨC THỰC HIỆN": what the units are to do is a task too.
      ['', 'unspecified', 0],
    ]);
    expect(p.tasks[3].timing.months).toEqual(['2026-07']);
    expect(p.tasks[4].timing).toMatchObject({ text: 'trong tháng 5', months: ['2026-05'] });
  });

  it('warns about a month outside the plan period', () => {
    expect(p.warnings.map((w) => w.code)).toEqual(['timing-outside-period']);
    expect(p.warnings[0]).toMatchObject({ line: 51 });
    expect(p.warnings[0].message).toContain('5/2025');
  });

  it('converts to a plan the sheets can hold', () => {
    const plan = parsedToPlan(p);
    expect(plan.info.issuingBody).toBe('Công đoàn phường Bình Minh');
    expect(plan.targets.map((t) => t.code)).toEqual(['CT01', 'CT02', 'CT03', 'CT04', 'CT05', 'CT06', '3']);
    expect(plan.targets[4]).toMatchObject({ rule: 'unit-count', lowerIsBetter: true });
    expect(plan.tasks[2]).toMatchObject({ start: '2026-03', end: '2026-09', frequency: 'scheduled', timingText: 'từ tháng 3 đến tháng 9/2026' });
    expect(plan.tasks[5]).toMatchObject({ start: null, frequency: 'unspecified' });
  });
});

describe('parsePlanText: a school-year plan with a monthly schedule', () => {
  const p = parsePlanText(fixture('ke-hoach-truong-2025-2026.txt'));

  it('reads the school year from the title', () => {
    expect(p.info.period).toEqual({ kind: 'school-year', from: '2025-09', to: '2026-08' });
    expect(p.info.number).toBe('04/KH-CĐCS');
  });

  it('takes paragraphs as tasks where sections have no bullets, with inline timing', () => {
    expect(p.tasks.map((t) => t.section)).toEqual(['1', '2']);
    expect(p.tasks[1].timing.months).toEqual(['2026-03', '2025-10'].sort());
    expect(p.targets).toMatchObject([{ value: 4, base: 4, unit: 'tổ công đoàn' }]);
  });

  it('dates schedule entries by their month heading, one per month', () => {
    expect(p.schedule.map((s) => s.month)).toEqual(['2025-09', '2025-11', '2026-02', '2026-07', '2026-08']);
  });

  it('warns about an anniversary copied from last year, count and year', () => {
    expect(p.warnings.map((w) => w.code)).toEqual(['anniversary-count', 'anniversary-year', 'debris-stripped']);
    expect(p.warnings[0].text).toContain('3/2/1930 - 3/2/2025');
  });

  it('turns schedule lines into dated tasks', () => {
    const plan = parsedToPlan(p, { issuingBody: 'CĐCS Trường A' });
    const summer = plan.tasks.find((t) => t.content.includes('nghỉ hè'))!;
    expect(summer).toMatchObject({ start: '2026-07', end: '2026-08', timingText: 'Tháng 7 và 8/2026' });
  });
});

describe('parsePlanText: the plan period', () => {
  const undated = 'CÔNG ĐOÀN TRƯỜNG MẦM NON HOA SEN\n\nKẾ HOẠCH\n\n1. Chăm lo\n- Tặng quà nữ đoàn viên nhân dịp 8/3.\n';
  it('says when the document states no period, and still places timing in a stand-in year', () => {
    const p = parsePlanText(undated, { fallbackYear: 2030 });
    expect(p.info.period).toBeNull();
    expect(p.warnings.map((w) => w.code)).toContain('period-missing');
    expect(p.tasks[0].timing.months).toEqual(['2030-03']);
  });
  it('takes the period the reader gives, placing day/month dates in it', () => {
    const p = parsePlanText(undated, { period: period('2026-2027') });
    expect(p.info.period).toEqual(period('2026-2027'));
    expect(p.tasks[0].timing.months).toEqual(['2027-03']);
    expect(p.warnings.map((w) => w.code)).not.toContain('period-missing');
  });
  it('guesses the year of the issuing date, and says it guessed', () => {
    const p = parsePlanText(undated.replace('KẾ HOẠCH', 'Hoa Sen, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH'));
    expect(p.info.period).toEqual(period('2027'));
    expect(p.warnings.map((w) => w.code)).toContain('period-guessed');
  });
});

describe('parsePlanText: text hazards', () => {
  it('reads NFD text, the look-alike Ð and non-breaking spaces the same', () => {
    const clean = parsePlanText(fixture('ke-hoach-nam-2026.txt'));
    const messy = parsePlanText(fixture('ke-hoach-nam-2026.txt').normalize('NFD').replace(/Đ/g, 'Ð').replace(/ /g, '\u00A0'));
    expect(messy.targets).toEqual(clean.targets);
    expect(messy.info).toEqual(clean.info);
  });

  it('converts TCVN3 and VNI text and says so', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      const p = parsePlanText(encodeLegacy(fixture('ke-hoach-nam-2026.txt'), enc));
      expect(p.info.convertedFrom).toBe(enc);
      expect(p.warnings.map((w) => w.code)).toContain('legacy-converted');
      expect(p.targets.map((t) => t.value)).toEqual(parsePlanText(fixture('ke-hoach-nam-2026.txt')).targets.map((t) => t.value));
    }
  });

  it('refuses text that mixes legacy and Unicode letters inside its lines, with a Vietnamese message', () => {
    const line = `${encodeLegacy('Phát triển đoàn viên mới tăng thêm', 'tcvn3')} đoàn viên ở các tổ công đoàn`;
    const mixed = [encodeLegacy('Kế hoạch công tác công đoàn năm 2026', 'tcvn3'), line, line, line].join('\n');
    expect(() => parsePlanText(mixed)).toThrow(UserError);
    try { parsePlanText(mixed); } catch (e) { expect((e as UserError).vi).toContain('Unicode'); }
  });

  it('does not take Unicode Vietnamese for a legacy encoding', () => {
    expect(() => parsePlanText('Kế hoạch công tác công đoàn năm 2026. Phát triển đoàn viên mới: tăng thêm 85 đoàn viên.')).not.toThrow();
  });

  it('parses a long document (speed is measured by npm run bench)', () => {
    const big = fixture('ke-hoach-nam-2026.txt').repeat(300);
    expect(big.length).toBeGreaterThan(500_000);
    const r = parsePlanText(big);
    expect(r.tasks.length).toBeGreaterThan(1000);
  });
});

// The real plans in ../shared/samples are read, not copied: they hold the grammar to real documents.
const SAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');
describe('parsePlanText on the shared sample plans', () => {
  const read = (name: string) => parsePlanText(readFileSync(join(SAMPLES, name), 'utf8'));
  it('has the samples beside the repository', () => expect(existsSync(SAMPLES)).toBe(true));

  it('district federation plan 2024: 6 targets, 24 timed tasks', () => {
    const p = read('ke-hoach-ldld-huyen-2024.txt');
    expect(p.info).toMatchObject({ number: '31/KH-LĐLĐ', date: '2024-04-01', period: { kind: 'year', from: '2024-01' } });
    expect(p.targets.map((t) => `${t.comparator}${t.value}${t.percent ? '%' : ''}`)).toEqual(['>=106', '>=100%', '>=100%', '>=1', '>=20', '>=21']);
    expect(p.info).toMatchObject({ issuingBody: 'Liên đoàn Lao động huyện', issuingBodyFrom: 'opening' });
    expect(p.tasks).toHaveLength(25);
    // Section 7 states no timing; one of its lines names Tháng Công nhân (May). "IV. TỔ CHỨC THỰC HIỆN" adds one.
    expect(p.tasks.filter((t) => t.timing.kind === 'unspecified').map((t) => t.section)).toEqual(['7', '7', '7', '']);
    expect(p.tasks.find((t) => t.timing.text === 'từ Quý II/2024 đến Quý III/2024')?.timing.months).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']);
  });

  it('school plan 2023-2024: 17 tasks, 34 schedule entries, the copied anniversary', () => {
    const p = read('ke-hoach-cdcs-truong-hoc-2023-2024.txt');
    expect(p.info.period).toEqual({ kind: 'school-year', from: '2023-09', to: '2024-08' });
    expect(p.info).toMatchObject({ issuingBody: 'CĐCS trường THCS Mỹ Tú', issuingBodyFrom: 'opening' });
    expect(p.tasks).toHaveLength(17);
    // The anniversary of 28/7 under "Tháng 7 và 8/2024" is July's only.
    expect(p.schedule).toHaveLength(34);
    expect(p.warnings.map((w) => w.code)).toEqual(['anniversary-year', 'debris-stripped']);
  });

  it('congress-term programme 2023-2028: the twelve numbered targets and the tasks', () => {
    const p = read('chuong-trinh-hanh-dong-nhiem-ky-2023-2028.txt');
    expect(p.info.period).toEqual({ kind: 'term', from: '2023-01', to: '2028-12' });
    expect(new Set(p.targets.filter((t) => t.section.startsWith('2.')).map((t) => t.section)).size).toBe(12);
    const s23 = p.targets.filter((t) => t.section === '2.3').map((t) => `${t.comparator}${t.value}${t.percent ? '%' : ''}`);
    expect(s23).toEqual(['>90%', '>=20%', '<=0', '>=100%']);
    expect(p.info).toMatchObject({ issuingBody: 'Công đoàn Viên chức tỉnh Bình Định', issuingBodyFrom: 'opening' });
    // The three programmes of 3.1–3.3 and the four assignments of "III. TỔ CHỨC THỰC HIỆN" are tasks too.
    expect(p.tasks).toHaveLength(39);
    expect(p.tasks.filter((t) => t.section.startsWith('3.')).map((t) => t.text.slice(0, 12))).toEqual(['Chương trình', 'Chương trình', 'Chương trình']);
  });
});
