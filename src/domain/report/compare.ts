import type { Finding } from '../finding';
import { matchKey, shownText } from '../text';
import { ruleFinding } from '../validation/ruleFinding';
import type { TargetResult } from './consolidate';
import { isShare } from './resultText';

/*
 * "So với cùng kỳ năm trước" (docs/rounds.md): each target's result beside the same round of last
 * year's summary. A target is matched by its code, then by its text normalised (accents, case and
 * spaces as matchKey has them), and only to a row of the same kind (a share to a share, a count to a
 * count); a target matched by neither is listed and never compared with a guess. A share changes in
 * percentage points, a count in units and in percent of last year's figure.
 */

/** One target of last year's summary: its code and text as written, and its result. */
export interface LastYearRow {
  code: string;
  text: string;
  /** The percentage for a share, the count otherwise. */
  value: number;
  share: boolean;
  at: string;
}

export interface LastYear {
  value: number;
  /** This year less last year: units for a count, percentage points for a share; null while this year has no result. */
  change: number | null;
  /** For a count: the change in percent of last year's figure (null when last year was 0). */
  changePercent: number | null;
  /** What matched it: the code, or the text when the codes differ. */
  by: 'code' | 'text';
}

export interface Comparison {
  targets: TargetResult[];
  findings: Finding[];
  /** This year's targets not found last year, as "CT08 – text". */
  unmatched: string[];
}

export function lastYearOf(t: Pick<TargetResult, 'result' | 'percent' | 'rule'>, row: LastYearRow, by: LastYear['by']): LastYear | null {
  if (t.result === null) return { value: row.value, change: null, changePercent: null, by };
  const change = t.result - row.value;
  return { value: row.value, change, changePercent: isShare(t) || row.value === 0 ? null : (change / row.value) * 100, by };
}

/** `where` names last year's file and sheet in the findings. */
export function compareWithLastYear(targets: readonly TargetResult[], rows: readonly LastYearRow[], where: { file: string; sheet: string }): Comparison {
  const used = new Set<LastYearRow>();
  const free = (r: LastYearRow) => !used.has(r);
  const findings: Finding[] = [];
  const unmatched: string[] = [];
  const place = `${where.file} › ${where.sheet}`;
  const out = targets.map((t) => {
    const share = isShare(t);
    const byCode = rows.find((r) => free(r) && r.share === share && matchKey(r.code) === matchKey(t.code));
    const texts = byCode ? [] : rows.filter((r) => free(r) && r.share === share && matchKey(r.text) === matchKey(t.text));
    // Two rows of last year with the same text: no way to tell which is the same target.
    const row = byCode ?? (texts.length === 1 ? texts[0] : undefined);
    if (!row) {
      unmatched.push(`${t.code} – ${t.text}`);
      findings.push(ruleFinding('summary-compare-unmatched', place, '', `Chỉ tiêu ${shownText(t.code)} ("${t.text}") không tìm thấy trong tổng hợp năm trước (cùng mã hoặc cùng nội dung, cùng loại số lượng/tỷ lệ): không so sánh. Nếu năm trước ghi mã khác, hãy sửa mã ở trang Chỉ tiêu cho khớp rồi tổng hợp lại.`, `Target ${shownText(t.code, 'en')} ("${t.text}") is not in last year's summary (same code or text, same kind): not compared. If last year used another code, align the code in Chỉ tiêu and consolidate again.`, t.code));
      return { ...t, lastYear: null };
    }
    used.add(row);
    return { ...t, lastYear: lastYearOf(t, row, byCode ? 'code' : 'text') };
  });
  return { targets: out, findings, unmatched };
}
