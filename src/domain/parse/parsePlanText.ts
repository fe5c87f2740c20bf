import { periodContains, periodLabel, periodYears, yearPeriod, type Period } from '../period';
import { splitYearMonth, type YearMonth } from '../month';
import { anniversaryProblems } from './anniversary';
import { detectLegacyEncoding, paragraphs } from './clean';
import { DOC_TYPES, readNumber, readPeriod, readPlaceDate } from './header';
import { findTargets } from './targets';
import { inlineTiming, parseTiming, type TimingRead } from './timing';
import type { ParsedInfo, ParsedPlan, ParsedTarget, ParsedTask, ParseWarning, ScheduleEntry, Timing } from './types';
import { UserError } from '../userError';

/*
 * Reads a plan document's text (pasted, or a .docx's raw text) into info, targets, tasks and the
 * month-by-month schedule. Pure: the same text always gives the same result, and bad text gives
 * warnings, not exceptions — except legacy-font text, which is refused with a clear message.
 */

type Block =
  | { kind: 'part'; roman: string; title: string }
  | { kind: 'section'; number: string; title: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'timing'; text: string }
  | { kind: 'month'; months: YearMonth[]; text: string }
  | { kind: 'end' }
  | { kind: 'text'; text: string };

const PART = /^([IVX]{1,5})\s*[./]\s*(.+)$/;
const SECTION = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[./)]\s*(.*)$/;
const BULLET = /^[-–•+]\s*(.+)$/;
const TIMING = /^thời gian(?: thực hiện)?\s*:\s*(.+)$/i;
const MONTH_HEAD = /^tháng\s+(\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)\s*(?:\/|năm)\s*(\d{4})\s*:?$/i;
const END = /^(nơi nhận|trên đây là|tm\.|t\/m|kt\.|q\.|chủ tịch$|phó chủ tịch$)/i;

function classify(line: string): Block {
  let m = PART.exec(line);
  if (m) return { kind: 'part', roman: m[1], title: m[2].trim() };
  m = MONTH_HEAD.exec(line);
  if (m) {
    const y = Number(m[2]);
    const ms = m[1].split(/\s*(?:,|và|-|–)\s*/).map(Number).filter((x) => x >= 1 && x <= 12);
    return { kind: 'month', months: ms.map((x) => `${y}-${String(x).padStart(2, '0')}`), text: line };
  }
  m = TIMING.exec(line);
  if (m) return { kind: 'timing', text: m[1].trim().replace(/\.$/, '') };
  m = SECTION.exec(line);
  if (m && !/^\d{1,2}\/\d/.test(line)) return { kind: 'section', number: m[1], title: m[2].trim() };
  m = BULLET.exec(line);
  if (m) return { kind: 'bullet', text: m[1].trim() };
  if (END.test(line)) return { kind: 'end' };
  return { kind: 'text', text: line };
}

const isTargetsHeading = (s: string) => /chỉ tiêu/i.test(s);
const isTasksHeading = (s: string) => /nhiệm vụ|giải pháp|nội dung (công tác|hoạt động)/i.test(s) && !/mục đích/i.test(s);

export interface ParseOptions {
  /** The plan's period when the reader knows it better than the text (the user typed it). */
  period?: Period;
  /** The year to resolve timing in when neither the text nor the reader gives a period. */
  fallbackYear?: number;
}

export function parsePlanText(text: string, options: ParseOptions = {}): ParsedPlan {
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    const font = legacy === 'tcvn3' ? 'TCVN3 (ABC, phông .Vn…)' : 'VNI (phông VNI-…)';
    throw new UserError('legacy-encoding',
      `Văn bản được gõ bằng bảng mã ${font}, không phải Unicode. Hãy mở tệp trong Word, chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi thử lại.`,
      `The text uses the legacy ${legacy.toUpperCase()} encoding, not Unicode. Convert it to Unicode (e.g. with Unikey's converter) and retry.`);
  }
  const lines = paragraphs(text);
  const warnings: ParseWarning[] = [];
  const warn = (code: string, message: string, where: string) => warnings.push({ code, message, text: where });

  // Header: before the first part, section or long paragraph.
  const info: ParsedInfo = { number: null, place: null, date: null, title: null, period: null, issuingBody: null, signerOnBehalf: null, signerTitle: null, signerName: null, recipients: [] };
  let bodyStart = 0;
  const uppercase: string[] = [];
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i];
    const number = readNumber(line);
    const pd = readPlaceDate(line);
    if (number) info.number ??= number;
    else if (pd) {
      info.place ??= pd.place;
      info.date ??= pd.date;
      if (pd.invalid) warn('date-invalid', `Ngày ban hành ${pd.invalid} không có thật.`, line);
    } else if (DOC_TYPES.test(line) && !info.title) {
      const title = [line];
      let j = i + 1;
      // Title lines are short and do not introduce the body ("… như sau:").
      while (j < lines.length && title.length < 5 && lines[j].length < 120 && !/:$/.test(lines[j]) && classify(lines[j]).kind === 'text' && !readPlaceDate(lines[j])) title.push(lines[j++]);
      info.title = title.join(' ').replace(/\s+/g, ' ').trim();
      bodyStart = j;
      i = j - 1;
    } else if (!info.title && line === line.toUpperCase() && /\p{Lu}/u.test(line) && !/CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP/.test(line)) {
      uppercase.push(line);
    } else if (info.title && (line.length >= 120 || classify(line).kind !== 'text')) {
      break;
    }
  }
  if (uppercase.length) info.issuingBody = uppercase[uppercase.length - 1];
  const stated = (info.title && readPeriod(info.title)) || readPeriod(lines.slice(bodyStart, bodyStart + 3).join(' ')) || null;
  let period: Period;
  if (options.period) period = options.period;
  else if (stated) period = stated;
  else if (info.date) {
    // A plan dated in a year is, nearly always, that year's plan; the reviewer is told it was a guess.
    period = yearPeriod(Number(info.date.slice(0, 4)));
    warn('period-guessed', `Văn bản không ghi rõ kỳ kế hoạch; tạm lấy ${periodLabel(period)} theo ngày ban hành.`, '');
  } else {
    period = yearPeriod(options.fallbackYear ?? new Date().getFullYear());
  }
  info.period = options.period || stated || info.date ? period : null;
  if (!info.period) warn('period-missing', `Văn bản không ghi kỳ kế hoạch (năm, năm học hay nhiệm kỳ): thời gian được đặt tạm trong ${periodLabel(period)}. Hãy nhập kỳ kế hoạch.`, '');
  if (!info.title) warn('title-missing', 'Không tìm thấy tên văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH…).', '');
  const periodYearsList = periodYears(period);

  const targets: ParsedTarget[] = [];
  const tasks: ParsedTask[] = [];
  // Tasks of the current section still waiting for a "Thời gian thực hiện:" line.
  let pending: ParsedTask[] = [];
  const schedule: ScheduleEntry[] = [];
  const body = lines.slice(bodyStart);
  const blocks = body.map(classify);
  const hasParts = blocks.some((b) => b.kind === 'part');
  let zone: 'targets' | 'tasks' | 'none' | 'schedule' = hasParts ? 'none' : 'tasks';
  let targetSection = false;
  let section = '';
  let months: YearMonth[] = [];
  let sectionHasBullets = false;

  const checkAnniversaries = (t: string, years: readonly number[]) => {
    for (const p of anniversaryProblems(t, years)) {
      warn(`anniversary-${p.kind}`, p.kind === 'count'
        ? `Số năm kỷ niệm ghi ${p.stated} nhưng khoảng năm cho ${p.expected} năm.`
        : `Năm kỷ niệm ghi ${p.stated}, không khớp với thời điểm ${p.expected} của mục này.`, t);
    }
  };
  const warnOutside = (read: TimingRead, where: string) => {
    if (read.outside.length) warn('timing-outside-period', `Thời gian "${read.outside.map(monthText).join(', ')}" nằm ngoài kỳ kế hoạch (${periodLabel(period)}).`, where);
  };
  const addTask = (t: string) => {
    const inline = inlineTiming(t, period);
    if (inline) warnOutside(inline, t);
    const timing: Timing = inline?.timing ?? { text: null, kind: 'unspecified', months: [] };
    const task = { section, text: t, timing };
    tasks.push(task);
    if (!inline) pending.push(task);
    checkAnniversaries(t, periodYearsList);
    for (const x of findTargets(t, section, false)) targets.push(x);
  };

  let signatureRead = false;
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    const b = blocks[i];
    if (b.kind === 'end') {
      // The signature block and distribution list come once, at the first closing line.
      if (!signatureRead) readSignature(body.slice(i), info);
      signatureRead = true;
      zone = 'none';
      continue;
    }
    if (b.kind === 'part') {
      zone = /hàng tháng|từng tháng/i.test(b.title) ? 'schedule' : isTargetsHeading(b.title) ? 'targets' : isTasksHeading(b.title) ? 'tasks' : 'none';
      // Bullets right under a targets part are targets; numbered sections below may narrow that.
      targetSection = zone === 'targets';
      section = '';
      continue;
    }
    if (b.kind === 'month') {
      zone = 'schedule';
      months = b.months.filter((m) => periodContains(period, m));
      if (months.length < b.months.length) warn('timing-outside-period', `"${b.text}" nằm ngoài kỳ kế hoạch (${periodLabel(period)}).`, b.text);
      continue;
    }
    if (b.kind === 'text' && /công tác cụ thể hàng tháng|lịch công tác/i.test(line)) {
      zone = 'schedule';
      months = [];
      continue;
    }
    if (zone === 'schedule') {
      const t = b.kind === 'bullet' || b.kind === 'text' ? b.text : b.kind === 'section' ? b.title : '';
      if (!t || !months.length) continue;
      for (const m of months) schedule.push({ month: m, text: t });
      checkAnniversaries(t, [...new Set(months.map((m) => splitYearMonth(m).year))]);
      continue;
    }
    if (b.kind === 'section') {
      section = b.number;
      sectionHasBullets = false;
      pending = [];
      if (zone === 'targets') {
        const found = findTargets(b.title, b.number, true);
        // "2. Các chỉ tiêu chủ yếu" opens the targets; "1. Mục tiêu" or "3. Các chương trình" does not;
        // a numbered line that states a target ("2.3. Phấn đấu … trên 90% CĐCS …") is one.
        if (!b.number.includes('.')) targetSection = isTargetsHeading(b.title) || found.length > 0;
        if (targetSection) targets.push(...found);
      }
      continue;
    }
    if (b.kind === 'timing') {
      const read = parseTiming(b.text, period);
      warnOutside(read, b.text);
      for (const t of pending) t.timing = read.timing;
      pending = [];
      continue;
    }
    if (zone === 'targets') {
      if (targetSection) targets.push(...findTargets(b.text, section, true));
    } else if (zone === 'tasks' && section) {
      // Bullets are the tasks; where a section has none, each paragraph is one.
      if (b.kind === 'bullet') {
        sectionHasBullets = true;
        addTask(b.text);
      } else if (!sectionHasBullets) addTask(b.text);
    }
  }

  for (const t of targets) if (!Number.isFinite(t.value)) warn('target-unreadable', 'Không đọc được giá trị chỉ tiêu.', t.text);
  return {
    info,
    targets,
    tasks,
    schedule,
    warnings,
  };
}

/** "TM. BAN THƯỜNG VỤ" / "PHÓ CHỦ TỊCH" / the name, and the "Nơi nhận:" list, in either order. */
function readSignature(lines: readonly string[], info: ParsedInfo): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^[-–]\s*/, '');
    if (/^(tm|t\/m|kt)\.?\s/i.test(line) && !info.signerOnBehalf) {
      info.signerOnBehalf = line;
      const next = lines[i + 1];
      if (next && next === next.toUpperCase() && /CHỦ TỊCH|TRƯỞNG|BÍ THƯ/.test(next)) info.signerTitle = next;
    } else if (/^nơi nhận\s*:?/i.test(line) && !info.recipients.length) {
      for (let j = i + 1; j < lines.length && /^[-–•+]/.test(lines[j]); j++) info.recipients.push(lines[j].replace(/^[-–•+]\s*/, '').trim());
    } else if (info.signerOnBehalf && !info.signerName && /^(\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u.test(line) && line !== line.toUpperCase()) {
      info.signerName = line;
    }
  }
}

function monthText(ym: YearMonth): string {
  const { year, month } = splitYearMonth(ym);
  return `${month}/${year}`;
}
