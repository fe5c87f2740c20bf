import { periodLabel, periodYears, rangePeriod, yearPeriod, type Period } from '../period';
import { splitYearMonth, yearMonth, type YearMonth } from '../month';
import { UserError } from '../userError';
import { isAgendaTitle, isEventTitle, isGarbledNumber, readPeriod } from './header';
import { readHeaderBlock } from './headerBlock';
import { bodyFromOpening, bodyFromSignature, bodyFromTitle, completeName, ownClause } from './issuingBody';
import { convertLegacyText } from './legacyEncoding';
import { restoreLostU } from './lostLetters';
import { anniversaryMistakes, dateMistakes } from './mistakes';
import { nameCase, restoreAccents } from './names';
import { isCapitalsHeading, readMarker, type Marker } from './outline';
import { readLines, type SourceLine } from './sourceLines';
import { headingMonths, isMonthHeading, readPhase } from './sections';
import { findTargets } from './targets';
import { inlineTiming, parseTiming, type TimingRead } from './timing';
import type { LinePlacement, OtherLine, OtherReason, ParsedInfo, ParsedPlan, ParsedTarget, ParsedTask, ParseWarning, Placement, ScheduleEntry, Timing } from './types';
import { zoneOf, type Zone } from './zones';

/*
 * Reads a plan document's text (pasted, or a .docx's text) into info, targets, tasks, the
 * month-by-month schedule and everything else, each with its line number: no line is lost. Pure:
 * the same text always gives the same result, and bad text gives warnings, not exceptions —
 * except legacy-font text mixed beyond repair, refused with a clear message.
 */

export interface ParseOptions {
  /** The plan's period when the reader knows it better than the text (the user typed it). */
  period?: Period;
  /** The year to resolve timing in when neither the text nor the reader gives a period. */
  fallbackYear?: number;
}

interface Heading {
  style: string;
  label: string;
  text: string;
  /** Numbered headings give their tasks a section. */
  numbered: boolean;
  /** A bullet or numbered item that has items under it: it is still an item itself. */
  item: boolean;
  months: YearMonth[];
  /** A month heading of a monthly schedule ("Tháng 9/2023"). */
  schedule: boolean;
}

const TIMING_LINE = /^thời gian(?:\s+(?:thực hiện|tổ chức|dự kiến|hoàn thành|triển khai))?\s*:\s*(.+)$/iu;
const RESPONSIBLE_LINE = /^(?:đơn vị|bộ phận|người|cá nhân|cơ quan)?\s*(?:thực hiện|chủ trì|phụ trách|phối hợp|chịu trách nhiệm|giao)(?:\s+thực hiện)?\s*:\s*(.+)$/iu;
const CLOSING_START = /^(nơi nhận|trên đây là|tm\.?\s|t\/m\s|kt\.?\s|q\.\s|chủ tịch$|phó chủ tịch$|hiệu trưởng$|người lập|người viết|xác nhận của|duyệt của|ban giám hiệu$)/iu;
const SIGNATURE = /^(tm\.?|t\/m|kt\.?|q\.|thay mặt|ký thay)\s|^(chủ tịch|phó chủ tịch|hiệu trưởng|bí thư|giám đốc|trưởng ban|ban chấp hành|ban thường vụ|bch|btv)(?:\s+(công đoàn|cđcs|cđ)\b.*)?[.:]?$|^\(?\s*đã ký\s*\)?$|^\(ký[^)]*\)$|^ký(,| và) ghi rõ/iu;
const PERSON = /^(?:(?:đ\/c|ông|bà|thầy|cô|ts\.?|ths\.?|bs\.?)\s+)?(\p{Lu}\p{Ll}+\s+){1,4}\p{Lu}\p{Ll}+$/u;
const OPENING_WORDS = /^(căn cứ|thực hiện|theo|để|nhằm|hưởng ứng|trên cơ sở|tiếp tục thực hiện|được sự|nay|qua|năm học|trong năm|trong bối cảnh|với chủ đề|nhân dịp|chào mừng|kính gửi)(?![\p{L}])/iu;

export function parsePlanText(text: string, options: ParseOptions = {}): ParsedPlan {
  const legacy = convertLegacyText(text);
  if (legacy.mixed.length >= 3 && legacy.mixed.length > legacy.converted.length) {
    throw new UserError('legacy-encoding',
      `Văn bản lẫn chữ Unicode với chữ gõ bằng bảng mã cũ (${legacy.encoding === 'vni' ? 'VNI' : 'TCVN3'}) ngay trong cùng dòng (dòng ${legacy.mixed.slice(0, 5).join(', ')}…), không chuyển được. Hãy mở tệp trong Word, chuyển mã toàn bộ sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi thử lại.`,
      `The text mixes Unicode and legacy ${legacy.encoding?.toUpperCase()} letters within lines (${legacy.mixed.slice(0, 5).join(', ')}…) and cannot be converted. Convert the whole document to Unicode and retry.`);
  }
  const lost = restoreLostU(legacy.text);
  const read = readLines(lost.text);
  const lines = read.lines;
  const warnings: ParseWarning[] = [];
  const said = new Set<string>();
  const warn = (code: string, message: string, where: string, line: number | null) => {
    const key = `${code}\u0000${line}\u0000${where}`;
    if (said.has(key)) return;
    said.add(key);
    warnings.push({ code, message, text: where, line });
  };
  if (legacy.encoding) {
    warn('legacy-converted', `Văn bản gõ bằng bảng mã ${legacy.encoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'} đã được chuyển sang Unicode (${legacy.converted.length} dòng). Hãy soát lại chữ hoa có dấu.`, '', null);
  }
  if (lost.restored) warn('letters-restored', `Văn bản bị mất chữ "ư" khi chuyển phông (như "Trờng", "đợc"): đã thêm lại ở ${lost.restored} từ. Hãy soát lại.`, '', null);
  const placements = new Map<number, Placement>();
  const other: OtherLine[] = [];
  const place = (line: SourceLine, p: Placement) => {
    for (const no of line.nos) if (!placements.has(no) || rank(p) > rank(placements.get(no)!)) placements.set(no, p);
  };
  const toOther = (line: SourceLine, reason: OtherReason) => {
    other.push({ line: line.nos[0], text: line.text, reason });
    place(line, 'other');
  };

  // Header.
  const header = readHeaderBlock(lines);
  const info: ParsedInfo = {
    number: header.number, place: header.place, date: header.date, title: header.title, period: null,
    issuingBody: null, superiorBody: null, issuingBodyFrom: null,
    signerOnBehalf: null, signerTitle: null, signerName: null, recipients: [], convertedFrom: legacy.encoding,
  };
  if (header.invalidDate) warn('date-invalid', `Ngày ban hành ${header.invalidDate.text} không có thật.`, lines[header.invalidDate.index].text, lines[header.invalidDate.index].nos[0]);
  if (info.number && isGarbledNumber(info.number)) warn('number-garbled', `Số văn bản "${info.number}" có ký tự lạ (chữ số bị hỏng khi chuyển từ PDF): hãy nhập lại số đúng.`, info.number, null);
  for (const i of header.info) place(lines[i], 'info');
  for (const i of header.preamble) toOther(lines[i], 'preamble');

  // The preamble after the title: the opening sentences up to "… như sau:" or the first part.
  let start = header.end;
  const firstStructure = lines.findIndex((l, i) => i >= start && isStructure(l));
  const opening: string[] = [];
  // Opening sentences that organise the event itself at a stated time are its first task.
  const openingEvents: SourceLine[] = [];
  let addressing = false;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (l.cells) break;
    const marker = readMarker(l.text);
    // "Kính gửi: Công đoàn …, các trường THPT," and "Kính gửi: - BCH … / - Ủy viên …" go on over the next lines.
    const addressed = /^kính gửi/iu.test(l.text);
    const stillAddressed: boolean = addressing && (marker?.kind === 'bullet' || /,\s*$/.test(lines[i - 1].text));
    addressing = addressed || stillAddressed;
    const openingLine = OPENING_WORDS.test(marker?.kind === 'bullet' ? marker.rest : l.text) || stillAddressed;
    const beforeStructure = firstStructure > i && !marker;
    if (!openingLine && !beforeStructure) break;
    opening.push(l.text);
    if (organisesEvent(l.text)) openingEvents.push(l);
    else toOther(l, 'preamble');
    start = i + 1;
    if (/:\s*$/.test(l.text) && !addressed) break;
  }

  // Period: the title's, else the page title's or the opening's; the year of a month from the date.
  const years = commonYears(legacy.text);
  // The opening's grounds ("Thực hiện Chương trình …, giai đoạn 2013-2018 của …") cite other documents' periods.
  // Their own clause, after the body and its verb ("…, Công đoàn Trường sẽ tổ chức … từ tháng 3 đến tháng 5 năm 2012"), is the document's.
  const grounds = (l: string) => /^(?:[-–•+]\s*)?(căn cứ|thực hiện|theo)(?![\p{L}])/iu.test(l);
  const ownOpening = opening.map((l) => (grounds(l) ? ownClause(l) : l)).filter((l): l is string => !!l).slice(0, 3).join(' ');
  // An untitled notice says what it organises in its opening ("… thông báo kế hoạch tổ chức Giải bóng bàn năm 2024").
  const event = isEventTitle(`${info.title ?? ''} ${header.pageText} ${info.title ? '' : ownOpening}`);
  // A school year written anywhere near the top places a month the title gives without its year.
  const schoolYear = /năm học\s*:?\s*(\d{4})\s*(?:[-–/]|\s)\s*(\d{4})/iu.exec(`${info.title ?? ''} ${header.pageText} ${opening.join(' ')}`);
  const ctx = { date: info.date, years, event, schoolYear: schoolYear && Number(schoolYear[2]) === Number(schoolYear[1]) + 1 ? Number(schoolYear[1]) : undefined };
  const stated = (info.title && readPeriod(info.title, ctx)) || (header.pageText && readPeriod(header.pageText, ctx)) || (ownOpening && readPeriod(ownOpening, ctx))
    || (info.title && isAgendaTitle(info.title) ? sessionsPeriod(lines.slice(start, start + 12), header.month) : null);
  let period: Period;
  if (options.period) period = options.period;
  else if (stated) period = stated;
  else if (info.date && !event) {
    // A plan dated in a year is, nearly always, that year's plan; the reviewer is told it was a guess.
    // An event's plan ("Tổ chức Hội thao …", "chăm lo Tết") is not: its period stays unknown.
    period = yearPeriod(Number(info.date.slice(0, 4)));
    warn('period-guessed', `Văn bản không ghi rõ kỳ kế hoạch; tạm lấy ${periodLabel(period)} theo ngày ban hành.`, '', null);
  } else {
    period = yearPeriod(options.fallbackYear ?? years[0] ?? new Date().getFullYear());
  }
  info.period = options.period || stated || (info.date && !event) ? period : null;
  if (!info.period) warn('period-missing', `Văn bản không ghi kỳ kế hoạch (năm, năm học, tháng, quý hay nhiệm kỳ): thời gian được đặt tạm trong ${periodLabel(period)}. Hãy nhập kỳ kế hoạch.`, '', null);
  if (!info.title) warn('title-missing', 'Không tìm thấy tên văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH…).', '', null);
  const periodYearsList = periodYears(period);
  const oneMonth = period.from === period.to ? period.from : null;

  // Issuing body: the header's, else the opening sentence's, else the title's.
  const headerBody = header.bodies.length ? header.bodies[header.bodies.length - 1] : null;
  if (headerBody) {
    info.issuingBody = headerBody;
    info.issuingBodyFrom = 'header';
    if (header.bodies.length > 1) info.superiorBody = header.bodies[header.bodies.length - 2];
  } else {
    // The title names it formally; the opening sentence ("… xây dựng kế hoạch như sau") otherwise,
    // looked for also in the first lines of the body where the grounds are a part of their own.
    const fromTitle = info.title ? bodyFromTitle(info.title) : null;
    const fromOpening = [...opening, ...lines.slice(start, start + 15).map((l) => l.text)].map(bodyFromOpening).find((b) => b);
    if (fromTitle) [info.issuingBody, info.issuingBodyFrom] = [nameCase(fromTitle), 'title'];
    else if (fromOpening) [info.issuingBody, info.issuingBodyFrom] = [nameCase(fromOpening), 'opening'];
  }

  const targets: ParsedTarget[] = [];
  const tasks: ParsedTask[] = [];
  const schedule: ScheduleEntry[] = [];
  const docZone: Zone = info.title && /^BÁO CÁO/iu.test(info.title) ? 'review' : 'tasks';
  const stack: Heading[] = [];
  // Tasks since the last heading still waiting for a "Thời gian thực hiện:" line.
  let pending: ParsedTask[] = [];
  let lastTask: ParsedTask | null = null;
  let tasksSinceHeading = 0;
  let closing: 'none' | 'signature' | 'recipients' = 'none';
  let table: { content: number; time: number; responsible: number } | null = null;

  const zone = (): Zone => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].item) continue;
      const z = zoneOf(stack[k].text);
      if (z) return z;
    }
    return docZone;
  };
  const section = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].numbered && !stack[k].item) return stack[k].label;
    return '';
  };
  const contextMonths = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].months.length) return stack[k];
    return null;
  };
  const enter = (h: Heading) => {
    const at = stack.findIndex((x) => x.style === h.style);
    if (at >= 0) stack.length = at;
    stack.push(h);
  };
  // Without a stated period the one timing is placed in is a guess: nothing is outside it, a task's own dates are its own.
  const periodKnown = info.period !== null;
  const own = (read: TimingRead): Timing => (periodKnown || !read.outside.length || !['months', 'unspecified'].includes(read.timing.kind) ? read.timing
    : { ...read.timing, kind: 'months', months: [...new Set([...read.timing.months, ...read.outside])].sort() });
  const warnOutside = (read: TimingRead, where: SourceLine) => {
    if (read.outside.length && periodKnown) warn('timing-outside-period', `Thời gian "${read.outside.map(monthText).join(', ')}" nằm ngoài kỳ kế hoạch (${periodLabel(period)}).`, where.text, where.nos[0]);
  };

  const addTask = (line: SourceLine, text: string, ownSection: string | null, extra: { timing?: string; responsible?: string } = {}) => {
    const z = zone();
    const done = z === 'review';
    const ctxHeading = contextMonths();
    let timing: Timing = { text: null, kind: 'unspecified', months: [] };
    let waits = true;
    const inline = extra.timing ? { ...parseTiming(extra.timing, period), strength: 'explicit' as const } : inlineTiming(text, period);
    if (inline && own(inline).kind !== 'unspecified') {
      if (inline.strength === 'explicit') warnOutside(inline, line);
      timing = own(inline);
      waits = inline.strength !== 'explicit';
    } else if (inline?.outside.length && ctxHeading && inline.outside.every((m) => ctxHeading.months.includes(m))) {
      // Under a heading that dates its part outside the period (a May plan's review of April), the
      // task's own dates in that part's months are its timing.
      timing = { text: inline.timing.text, kind: 'months', months: inline.outside };
    } else if (inline?.outside.length) {
      // The task names its own time, outside the period: no default month for it.
    } else if (ctxHeading) {
      timing = { text: null, kind: 'months', months: ctxHeading.months };
    } else if (oneMonth) {
      timing = { text: null, kind: 'months', months: [oneMonth] };
    }
    const task: ParsedTask = { section: ownSection ?? section(), text, timing, responsible: extra.responsible ?? '', done, line: line.nos[0] };
    tasks.push(task);
    lastTask = task;
    tasksSinceHeading++;
    if (waits) pending.push(task);
    if (!done) for (const t of findTargets(text, ownSection ?? section(), false, line.nos[0])) targets.push(t);
    place(line, 'task');
  };

  const addItem = (line: SourceLine, text: string, marker: Marker | null) => {
    const z = zone();
    const own = marker && (marker.kind === 'number' || marker.kind === 'subnumber') ? marker.label : null;
    // A purpose part's line that says when it happens ("Tổ chức … vào dịp … 1/5") is a task.
    const dated = z === 'purpose' && inlineTiming(text, period)?.timing.kind === 'months';
    if (z === 'targets' || (z === 'purpose' && !dated)) {
      const found = findTargets(text, own ?? section(), z === 'targets', line.nos[0]);
      if (found.length) {
        targets.push(...found);
        place(line, 'target');
      } else toOther(line, 'purpose');
      return;
    }
    const sched = contextMonths();
    if (sched?.schedule && z !== 'review') {
      // "chào mừng ngày Quốc khánh 2/9" under "Quý III": the item's own date narrows the heading's months.
      const own = inlineTiming(text, period);
      const months = own?.timing.kind === 'months' && own.timing.months.every((m) => sched.months.includes(m)) ? own.timing.months : sched.months;
      for (const m of months) schedule.push({ month: m, text, line: line.nos[0] });
      for (const t of findTargets(text, '', false, line.nos[0])) targets.push(t);
      place(line, 'schedule');
      return;
    }
    addTask(line, text, own);
  };

  for (const l of openingEvents) {
    if (inlineTiming(ownClause(l.text) ?? '', period)?.timing.kind === 'months') addTask(l, l.text, null);
    else toOther(l, 'preamble');
  }

  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    const marker = readMarker(text);
    const body = marker ? marker.rest : text;

    // The signature block and distribution list; a heading after it opens the body again.
    if (closing === 'none' && CLOSING_START.test(body)) closing = 'signature';
    if (closing !== 'none') {
      if (isReopening(line, marker)) closing = 'none';
      else {
        readClosingLine(line, body, marker, info);
        if (/^nơi nhận/iu.test(body)) closing = 'recipients';
        else if (closing === 'recipients' && !marker) closing = 'signature';
        const isInfo = closing === 'recipients' || SIGNATURE.test(body) || PERSON.test(body) || /^nơi nhận/iu.test(body);
        if (isInfo) place(line, 'info');
        else toOther(line, 'closing');
        continue;
      }
    }

    // Table rows: a header row names the columns; each row after it is a task.
    if (line.cells) {
      const head = tableHeader(line.cells);
      if (head) {
        table = head;
        toOther(line, 'heading');
        continue;
      }
      const cells = line.cells;
      const content = table ? cells[table.content] : cells.find((c) => !/^\d{1,3}\.?$/.test(c)) ?? text;
      if (content) {
        addTask(line, content, null, { timing: table ? cells[table.time] : undefined, responsible: table ? cells[table.responsible] ?? '' : '' });
        continue;
      }
    }

    const timingMatch = TIMING_LINE.exec(body);
    if (timingMatch && !marker?.kind.startsWith('number')) {
      const read = parseTiming(timingMatch[1].trim().replace(/[.;]$/, ''), period);
      if (pending.length) {
        warnOutside(read, line);
        for (const t of pending) t.timing = own(read);
        pending = [];
        place(line, 'task');
      } else if (tasksSinceHeading > 0) {
        // The tasks above said when in their own words already: the line repeats it.
        warnOutside(read, line);
        place(line, 'task');
      } else addTask(line, body, null, { timing: timingMatch[1].trim().replace(/[.;]$/, '') });
      continue;
    }
    const responsible = RESPONSIBLE_LINE.exec(body);
    const previous = lastTask as ParsedTask | null;
    if (responsible && previous && !marker?.kind.startsWith('number')) {
      previous.responsible = previous.responsible ? `${previous.responsible}; ${responsible[1].trim()}` : responsible[1].trim();
      place(line, 'task');
      continue;
    }

    // Month headings of a monthly schedule: "Tháng 9/2023", "THÁNG 10:", "Tháng 7 và 8/2024: …".
    const monthHead = isMonthHeading(body);
    if (monthHead) {
      const months = headingMonths(monthHead.heading, period);
      const inside = months.filter((m) => m >= period.from && m <= period.to);
      if (months.length > inside.length && inside.length) warn('timing-outside-period', `"${monthHead.heading}" nằm ngoài kỳ kế hoạch (${periodLabel(period)}).`, text, line.nos[0]);
      // A school year's plan that schedules "QUÝ III/2021 (Tháng 7 – 9)" means those months, summer included: kept, and said.
      enter({ style: `month${marker?.style ?? ''}`, label: '', text: monthHead.heading, numbered: false, item: false, months, schedule: inside.length > 0 });
      if (monthHead.rest) addItem(line, monthHead.rest, null);
      else toOther(line, 'heading');
      continue;
    }

    // Phases of a campaign: "Đợt 1: Từ tháng 9/2021 đến tháng 11/2021 …" dates what is under it.
    const phase = readPhase(body, period);
    if (phase) {
      enter({ style: `phase${marker?.style ?? ''}`, label: '', text: body, numbered: false, item: false, months: phase.months, schedule: false });
      pending = [];
      tasksSinceHeading = 0;
      if (phase.rest) addItem(line, body, null);
      else toOther(line, 'heading');
      continue;
    }

    // "(Ngày 20/3/2023)" under "PHIÊN THỨ NHẤT": the date of the heading above, for what is under it.
    const top = stack[stack.length - 1];
    if (!marker && top && !top.item && tasksSinceHeading === 0 && DATE_ONLY.test(text)) {
      const own = inlineTiming(text, period);
      if (own?.timing.kind === 'months') {
        top.months = own.timing.months;
        toOther(line, 'heading');
        continue;
      }
    }
    // "Thời gian TT Nội dung": a table's header row the converter flattened, and an agenda row's bare time.
    if ((!marker && isColumnHeads(text)) || (marker?.kind === 'bullet' && !marker.rest)) {
      toOther(line, 'heading');
      continue;
    }

    if (marker || isCapitalsHeading(text) || line.emphasis) {
      const kind = marker?.kind;
      const heading = kind === 'part' || kind === 'upper-letter' || (!marker && (isCapitalsHeading(text) || (line.emphasis && text.length < 120 && !/[.;]$/.test(text))))
        || ((kind === 'number' || kind === 'subnumber' || kind === 'letter') && hasChildren(lines, i, marker!, stack));
      const style = marker ? marker.style : line.emphasis && !isCapitalsHeading(text) ? 'emphasis' : 'capitals';
      const months = heading ? headingMonths(body, period) : [];
      if (heading) {
        enter({ style, label: marker?.label ?? '', text: body, numbered: kind === 'number' || kind === 'subnumber', item: false, months, schedule: false });
        pending = [];
        tasksSinceHeading = 0;
        // A heading that states targets ("2.3. Phấn đấu … trên 90% CĐCS …") is read for them.
        const z = zone();
        const found = z === 'targets' || z === 'tasks' || z === 'purpose' ? findTargets(body, marker?.label ?? section(), z === 'targets', line.nos[0]) : [];
        if (found.length) {
          targets.push(...found);
          place(line, 'target');
        } else toOther(line, 'heading');
        continue;
      }
      if (marker) {
        // Bullets and numbered items are items; bullets with sub-bullets also set the level.
        enter({ style, label: marker.label, text: body, numbered: false, item: true, months: [], schedule: false });
        addItem(line, body, marker);
        continue;
      }
    }

    // A plain paragraph: an item, or the lead-in of the list under it ("Chương trình cụ thể như sau:").
    if (/:\s*$/.test(text) && i + 1 < lines.length && (readMarker(lines[i + 1].text) || readPhase(lines[i + 1].text, period) || isMonthHeading(lines[i + 1].text))) {
      toOther(line, 'heading');
      continue;
    }
    addItem(line, text, null);
  }

  // Signature lines can name the body when nothing else did ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG X").
  if (!info.issuingBody && info.signerOnBehalf) {
    const fromSignature = bodyFromSignature(info.signerOnBehalf);
    if (fromSignature) [info.issuingBody, info.issuingBodyFrom] = [nameCase(fromSignature), 'signature'];
  }
  // A name given short or without its accents is completed from the top of the document where it is written out.
  if (info.issuingBody) {
    const top = [header.pageText, info.title ?? '', ...opening, ...lines.slice(0, 20).map((l) => l.text)].map((t) => t.slice(0, 400));
    info.issuingBody = nameCase(restoreAccents(completeName(info.issuingBody, top), top));
  }

  // Mistakes anywhere in the text: impossible dates and years, anniversary counts.
  const taskYears = new Map<number, number[]>();
  for (const t of tasks) if (t.timing.kind === 'months' && t.timing.months.length) taskYears.set(t.line, [...new Set(t.timing.months.map((m) => splitYearMonth(m).year))]);
  for (const s of schedule) taskYears.set(s.line, [...new Set([...(taskYears.get(s.line) ?? []), splitYearMonth(s.month).year])]);
  lines.forEach((line, index) => {
    for (const m of dateMistakes(line.text)) warn(m.kind === 'date' ? 'date-impossible' : 'year-impossible', m.message, line.text, line.nos[0]);
    const isItem = placements.get(line.nos[0]) === 'task' || placements.get(line.nos[0]) === 'schedule';
    const ys = taskYears.get(line.nos[0]) ?? (isItem || header.info.has(index) ? periodYearsList : []);
    if (ys.length) for (const m of anniversaryMistakes(line.text, ys)) warn(m.kind, m.message, line.text, line.nos[0]);
  });

  // Debris said once per kind; lines that held nothing else are accounted as debris.
  const kinds = new Map<string, number>();
  for (const d of read.debris) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  if (kinds.size) warn('debris-stripped', `Đã bỏ ký hiệu thừa do trang web hoặc bộ chuyển đổi để lại: ${[...kinds].map(([k, n]) => `${DEBRIS_NAMES[k] ?? k} (${n})`).join(', ')}.`, '', null);
  const physical = lost.text.replace(/\r\n?/g, '\n').split('\n');
  for (const no of read.debrisOnly) {
    other.push({ line: no, text: physical[no - 1].trim().slice(0, 80), reason: 'debris' });
    placements.set(no, 'other');
  }
  for (const t of targets) if (!Number.isFinite(t.value)) warn('target-unreadable', 'Không đọc được giá trị chỉ tiêu.', t.text, t.line);

  const placed: LinePlacement[] = [...placements].map(([line, placement]) => ({ line, placement })).sort((a, b) => a.line - b.line);
  other.sort((a, b) => a.line - b.line);
  return { info, targets, tasks, schedule, other, lines: placed, warnings };
}

const DEBRIS_NAMES: Record<string, string> = { markup: 'dấu định dạng **, #', bookmark: 'đánh dấu Word [bookmark]', download: 'nút "Tải về"', table: 'kẻ bảng |', rule: 'đường kẻ ---', escape: 'mã xuống dòng \\r\\n' };

/** A line holds several things at times (a task that states a target): the most specific wins. */
function rank(p: Placement): number {
  return { other: 0, info: 1, task: 2, schedule: 3, target: 4 }[p];
}

/**
 * "…, Công đoàn Trường sẽ tổ chức Giải Bóng đá … từ tháng 3 đến tháng 5 năm 2012.": an opening that
 * organises the event itself, not one that introduces the plan ("… xây dựng kế hoạch … như sau:").
 */
function organisesEvent(text: string): boolean {
  const own = ownClause(text);
  return !!own && !/:\s*$/.test(text) && /(?:tổ chức|phát động)\s+(?!(?:các\s+)?(?:kế hoạch|chương trình|hoạt động|nội dung|thực hiện)(?![\p{L}]))/iu.test(own);
}

/** Where the body's structure starts: a numbered part or section, or a heading in capitals. */
function isStructure(line: SourceLine): boolean {
  const m = readMarker(line.text);
  if (m && m.kind !== 'bullet') return true;
  return isCapitalsHeading(line.text) && line.text.length >= 8;
}

/** After the signature, a part, a heading in capitals or a month heading starts more body (a schedule annex). */
function isReopening(line: SourceLine, marker: Marker | null): boolean {
  const text = line.text;
  if (marker?.kind === 'part' || marker?.kind === 'upper-letter') return true;
  if (isMonthHeading(marker ? marker.rest : text)) return true;
  return isCapitalsHeading(text) && text.length >= 20 && !SIGNATURE.test(text) && !/^(nơi nhận|chủ tịch|phó chủ tịch|hiệu trưởng)/iu.test(text);
}

/** "TM. BAN THƯỜNG VỤ" / "PHÓ CHỦ TỊCH" / the name, and the "Nơi nhận:" list, in either order. */
function readClosingLine(line: SourceLine, body: string, marker: Marker | null, info: ParsedInfo): void {
  const text = body.trim();
  if (/^(tm|t\/m|kt)\.?\s/iu.test(text) && !info.signerOnBehalf) info.signerOnBehalf = text;
  else if (info.signerOnBehalf && !info.signerTitle && text === text.toUpperCase() && /CHỦ TỊCH|TRƯỞNG|BÍ THƯ|GIÁM ĐỐC/u.test(text)) info.signerTitle = text;
  else if (marker?.kind === 'bullet' && info.recipients !== null) {
    // Bullets in the closing are the distribution list.
    info.recipients.push(text);
  } else if (info.signerOnBehalf && !info.signerName && PERSON.test(text) && text !== text.toUpperCase()) info.signerName = text;
  void line;
}

/** Whether a numbered line has lines under it (a heading) or is an item itself. */
function hasChildren(lines: readonly SourceLine[], i: number, marker: Marker, stack: readonly Heading[]): boolean {
  if (/:\s*$/.test(lines[i].text)) return true;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j];
    const m = readMarker(next.text);
    const body = m ? m.rest : next.text;
    if (TIMING_LINE.test(body) || RESPONSIBLE_LINE.test(body)) continue;
    if (!m) {
      if (isCapitalsHeading(next.text) || CLOSING_START.test(next.text) || isMonthHeading(next.text)) return false;
      // A paragraph under a short numbered line is its content; under a long one, the next item.
      return marker.rest.length < 160 || lines[i].emphasis;
    }
    if (m.style === marker.style || m.kind === 'part' || m.kind === 'upper-letter') return false;
    // A style already open above this line closes it; a new one opens under it.
    const own = stack.findIndex((h) => h.style === marker.style);
    return !stack.slice(0, own >= 0 ? own : stack.length).some((h) => h.style === m.style);
  }
  return false;
}

/** A line that is only a date: "(Ngày 20/3/2023)", "Ngày 15 tháng 10 năm 2024". */
const DATE_ONLY = /^\(?\s*(?:ngày|thời gian\s*:?)?\s*(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*\)?\s*\.?$/iu;

/** The names of a table's columns, as a flattened header row lists them ("TT Nội dung Thời gian Người thực hiện"). */
const COLUMN = /(?:^|\s)(?:s?tt|nội dung(?: công việc)?|công việc|thời gian(?: thực hiện)?|(?:người|bộ phận|đơn vị) (?:thực hiện|phụ trách)|phụ trách|chủ trì|phối hợp|ghi chú|địa điểm|thành phần|kết quả|họ (?:và )?tên|chức vụ|năm sinh|trình độ(?: cm| chuyên môn)?(?: đào tạo)?)(?=\s|$)/giu;
function isColumnHeads(text: string): boolean {
  const names = text.match(COLUMN) ?? [];
  return names.length >= 2 && !text.replace(COLUMN, '').trim();
}

/** A table's header row: the column of the work, of its timing and of who does it. */
function tableHeader(cells: readonly string[]): { content: number; time: number; responsible: number } | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c));
  const content = find(/nội dung|công việc|hoạt động|nhiệm vụ/iu);
  const time = find(/thời gian|^tháng$|thời hạn/iu);
  if (content < 0 || time < 0) return null;
  return { content, time, responsible: find(/thực hiện|phụ trách|chủ trì|người|bộ phận|đơn vị/iu) };
}

/**
 * An agenda's time is its sessions': the full dates its first lines give ("PHIÊN THỨ NHẤT (Ngày
 * 20/3/2023)"), else the month its cover page is dated.
 */
function sessionsPeriod(lines: readonly SourceLine[], issued: YearMonth | null): Period | null {
  const months: YearMonth[] = [];
  for (const l of lines) {
    for (const m of l.text.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu)) {
      const month = Number(m[2] ?? m[5]);
      if (month >= 1 && month <= 12) months.push(yearMonth(Number(m[3] ?? m[6]), month));
    }
  }
  if (!months.length) return issued ? rangePeriod(issued, issued) : null;
  months.sort();
  return rangePeriod(months[0], months[months.length - 1]);
}

/** Years the text writes (1990–2100), most frequent first: where a month without a year belongs. */
function commonYears(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 200_000).matchAll(/(?<!\d)(19[89]\d|20\d\d)(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

function monthText(ym: YearMonth): string {
  const { year, month } = splitYearMonth(ym);
  return `${month}/${year}`;
}
