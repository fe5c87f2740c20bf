import { basename } from 'node:path';
import { splitYearMonth } from '../../domain/month';
import { periodLabel } from '../../domain/period';
import type { ParseOptions } from '../../domain/parse/parsePlanText';
import { planTaskCount } from '../../domain/parse/toPlan';
import type { OtherReason, ParsedPlan, ParsedTarget, ParsedTask } from '../../domain/parse/types';
import { UserError } from '../../domain/userError';
import { parseDocument, readDocument } from '../../app/importDocument';
import { documentBytesLimit } from '../../files/readPlanDocument';
import { docToDocx } from '../docToDocx';
import { parseCommandArgs } from '../args';
import { readInput } from '../input';
import type { CommandResult } from './result';

export const PARSE_USAGE = 'unionplan parse <kế-hoạch.docx|kế-hoạch.doc|kế-hoạch.txt> [--json]';

export async function readDocumentFile(path: string, options: ParseOptions = {}): Promise<ParsedPlan> {
  const data = readInput(path, { bytes: documentBytesLimit(path), what: { vi: 'văn bản kế hoạch', en: 'plan document' } });
  return parseDocument(await readDocument({ name: basename(path), data }, { convertDoc: docToDocx }), options);
}

/** The JSON shape: info, targets, tasks, schedule, the lines placed nowhere else, where every line went, warnings. */
export function parsedJson(p: ParsedPlan): unknown {
  return {
    info: { ...p.info, period: p.info.period ? { kind: p.info.period.kind, from: p.info.period.from, to: p.info.period.to } : null },
    targets: p.targets,
    tasks: p.tasks,
    schedule: p.schedule,
    other: p.other,
    lines: p.lines,
    warnings: p.warnings,
  };
}

const CMP: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const REASONS: Record<OtherReason, { vi: string; en: string }> = {
  preamble: { vi: 'phần mở đầu', en: 'preamble' }, purpose: { vi: 'mục đích, yêu cầu', en: 'purpose' }, heading: { vi: 'đề mục', en: 'heading' },
  closing: { vi: 'phần kết', en: 'closing' }, debris: { vi: 'ký hiệu thừa', en: 'debris' }, unread: { vi: 'chưa hiểu', en: 'not understood' },
};
const FROM = {
  header: { vi: 'phần đầu văn bản', en: 'the header' }, title: { vi: 'tên văn bản', en: 'the title' },
  opening: { vi: 'câu mở đầu', en: 'the opening sentence' }, signature: { vi: 'phần chữ ký', en: 'the signature' },
};

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const months = (ms: readonly string[]) => ms.map((m) => { const { year, month } = splitYearMonth(m); return `${month}/${year}`; });

function targetLine(t: ParsedTarget): string {
  const value = `${CMP[t.comparator]} ${t.value}${t.percent ? '%' : ''}${t.base !== null ? `/${t.base}` : ''}${t.unit ? ` ${t.unit}` : ''}`;
  return `  dòng ${t.line}: ${value} — ${clip(t.text)}`;
}

function taskTiming(t: ParsedTask, lang: 'vi' | 'en'): string {
  if (t.timing.kind === 'months') {
    const list = months(t.timing.months);
    return list.length > 4 ? `${list[0]}–${list[list.length - 1]}` : list.join(', ');
  }
  const words = { continuous: ['thường xuyên', 'continuous'], periodic: ['định kỳ', 'periodic'], adhoc: ['đột xuất', 'ad hoc'], event: ['theo sự kiện', 'per event'], unspecified: ['chưa rõ thời gian', 'no timing'] }[t.timing.kind];
  return words[lang === 'vi' ? 0 : 1];
}

/**
 * What was recognised and what was not, for review before `scaffold --from` writes the sheets:
 * the targets with comparator and value, the tasks with their months, the schedule, the lines
 * placed nowhere else by reason, and the count of tasks the plan workbook will hold.
 */
function listing(p: ParsedPlan, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const count = planTaskCount(p);
  const out: string[] = [];
  const body = p.info.issuingBody ? `${p.info.issuingBody}${p.info.issuingBodyFrom ? ` (${vi ? 'đọc từ' : 'read from'} ${FROM[p.info.issuingBodyFrom][lang]})` : ''}` : vi ? '(không tìm thấy)' : '(not found)';
  out.push(`${vi ? 'Văn bản' : 'Document'}: ${p.info.title ?? (vi ? '(không rõ tên)' : '(untitled)')}${p.info.number ? ` — ${vi ? 'Số' : 'No.'}: ${p.info.number}` : ''}`);
  out.push(`${vi ? 'Đơn vị ban hành' : 'Issuing body'}: ${body}`);
  out.push(`${vi ? 'Kỳ' : 'Period'}: ${p.info.period ? (vi ? periodLabel(p.info.period) : `${p.info.period.from} to ${p.info.period.to}`) : vi ? '(không rõ)' : '(unknown)'}`);
  if (p.info.convertedFrom) out.push(vi ? `Đã chuyển từ bảng mã ${p.info.convertedFrom.toUpperCase()} sang Unicode.` : `Converted from ${p.info.convertedFrom.toUpperCase()} to Unicode.`);
  out.push('', `${vi ? 'Chỉ tiêu' : 'Targets'} (${p.targets.length}):`, ...p.targets.map(targetLine));
  const dated = p.tasks.filter((t) => t.timing.kind !== 'unspecified').length;
  out.push('', `${vi ? 'Nhiệm vụ' : 'Tasks'} (${p.tasks.length}, ${dated} ${vi ? 'có thời gian' : 'with timing'}):`);
  for (const t of p.tasks) out.push(`  ${vi ? 'dòng' : 'line'} ${t.line}${t.section ? ` [${t.section}]` : ''}: ${taskTiming(t, lang)}${t.done ? (vi ? ' (đã làm)' : ' (done)') : ''} — ${clip(t.text)}`);
  if (p.schedule.length) {
    out.push('', `${vi ? 'Lịch tháng' : 'Monthly schedule'} (${p.schedule.length} ${vi ? 'mục' : 'entries'}, ${count.fromSchedule} ${vi ? 'việc' : 'distinct items'}):`);
    for (const s of p.schedule) out.push(`  ${vi ? 'dòng' : 'line'} ${s.line}: ${months([s.month])[0]} — ${clip(s.text)}`);
  }
  if (p.other.length) {
    const by = new Map<OtherReason, number>();
    for (const o of p.other) by.set(o.reason, (by.get(o.reason) ?? 0) + 1);
    out.push('', `${vi ? 'Không phải chỉ tiêu hay nhiệm vụ' : 'Neither target nor task'} (${p.other.length} ${vi ? 'dòng' : 'lines'}: ${[...by].map(([r, n]) => `${REASONS[r][lang]} ${n}`).join(', ')}):`);
    for (const o of p.other.filter((x) => x.reason !== 'heading' && x.reason !== 'debris')) out.push(`  ${vi ? 'dòng' : 'line'} ${o.line} (${REASONS[o.reason][lang]}): ${clip(o.text)}`);
  }
  if (p.warnings.length) {
    out.push('', `${vi ? 'Cảnh báo' : 'Warnings'} (${p.warnings.length}):`);
    for (const w of p.warnings) out.push(`  ${vi ? 'Cảnh báo' : 'Warning'} [${w.code}]${w.line !== null ? ` ${vi ? 'dòng' : 'line'} ${w.line}` : ''}: ${w.message}${w.text ? ` — "${clip(w.text, 100)}"` : ''}`);
  }
  out.push('', vi
    ? `Bảng kế hoạch (scaffold --from) sẽ có ${p.targets.length} chỉ tiêu và ${count.tasks + count.fromSchedule} nhiệm vụ (${count.tasks} nhiệm vụ + ${count.fromSchedule} việc của lịch tháng).`
    : `The plan workbook (scaffold --from) will hold ${p.targets.length} targets and ${count.tasks + count.fromSchedule} tasks (${count.tasks} tasks + ${count.fromSchedule} schedule items).`);
  return out.join('\n');
}

export async function parseCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'parse');
  if (positionals.length !== 1) throw new UserError('usage', `Cách dùng: ${PARSE_USAGE}`, `Usage: ${PARSE_USAGE}`);
  const parsed = await readDocumentFile(positionals[0]);
  if (values.json) {
    const json = JSON.stringify(parsedJson(parsed), null, 2);
    return { vi: json, en: json };
  }
  return { vi: listing(parsed, 'vi'), en: listing(parsed, 'en') };
}
