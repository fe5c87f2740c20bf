import { basename } from 'node:path';
import { periodLabel } from '../../domain/period';
import type { ParseOptions } from '../../domain/parse/parsePlanText';
import type { ParsedPlan } from '../../domain/parse/types';
import { UserError } from '../../domain/userError';
import { parseDocument, readDocument } from '../../app/importDocument';
import { parseCommandArgs } from '../args';
import { readInput } from '../input';
import type { CommandResult } from './result';

export const PARSE_USAGE = 'unionplan parse <kế-hoạch.docx|kế-hoạch.txt> [--json]';

export async function readDocumentFile(path: string, options: ParseOptions = {}): Promise<ParsedPlan> {
  return parseDocument(await readDocument({ name: basename(path), data: readInput(path) }), options);
}

/** The JSON shape of issue #3, with the extra fields the parser knows. */
export function parsedJson(p: ParsedPlan): unknown {
  return {
    info: { ...p.info, period: p.info.period ? { kind: p.info.period.kind, from: p.info.period.from, to: p.info.period.to } : null },
    targets: p.targets,
    tasks: p.tasks,
    schedule: p.schedule,
    warnings: p.warnings,
  };
}

function summary(p: ParsedPlan, lang: 'vi' | 'en'): string {
  const dated = p.tasks.filter((t) => t.timing.kind !== 'unspecified').length;
  const lines = lang === 'vi'
    ? [
      `Văn bản: ${p.info.title ?? '(không rõ tên)'}${p.info.number ? ` — Số: ${p.info.number}` : ''}`,
      `Kỳ: ${p.info.period ? periodLabel(p.info.period) : '(không rõ)'}`,
      `Chỉ tiêu: ${p.targets.length} · Nhiệm vụ: ${p.tasks.length} (${dated} có thời gian) · Lịch tháng: ${p.schedule.length} mục`,
      ...p.warnings.map((w) => `Cảnh báo [${w.code}]: ${w.message}${w.text ? ` — "${w.text.slice(0, 100)}"` : ''}`),
    ]
    : [
      `Document: ${p.info.title ?? '(untitled)'}${p.info.number ? ` — No. ${p.info.number}` : ''}`,
      `Period: ${p.info.period ? `${p.info.period.from} to ${p.info.period.to}` : '(unknown)'}`,
      `Targets: ${p.targets.length} · Tasks: ${p.tasks.length} (${dated} with timing) · Schedule: ${p.schedule.length} entries`,
      ...p.warnings.map((w) => `Warning [${w.code}]: ${w.message}`),
    ];
  return lines.join('\n');
}

export async function parseCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, 'parse');
  if (positionals.length !== 1) throw new UserError('usage', `Cách dùng: ${PARSE_USAGE}`, `Usage: ${PARSE_USAGE}`);
  const parsed = await readDocumentFile(positionals[0]);
  if (values.json) {
    const json = JSON.stringify(parsedJson(parsed), null, 2);
    return { vi: json, en: json };
  }
  return { vi: summary(parsed, 'vi'), en: summary(parsed, 'en') };
}
