/**
 * Anniversaries written out in plans: "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 -
 * 28/7/2024)". The count must equal the difference of the years, and the end year must be the year
 * the item is dated in; a copied line from last year's plan fails one of the two.
 */
export interface AnniversaryProblem {
  kind: 'count' | 'year';
  stated: number;
  expected: number;
}

const RANGE = /(?:(\d{1,3})\s+năm\b[^()]{0,160})?\(\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)/g;

export function anniversaryProblems(text: string, expectedYears: readonly number[]): AnniversaryProblem[] {
  const out: AnniversaryProblem[] = [];
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[4]);
    const to = Number(m[7]);
    if (m[1] && Number(m[1]) !== to - from) out.push({ kind: 'count', stated: Number(m[1]), expected: to - from });
    if (expectedYears.length && !expectedYears.includes(to)) out.push({ kind: 'year', stated: to, expected: expectedYears[expectedYears.length - 1] });
  }
  return out;
}
