import { readFileSync, writeFileSync } from 'node:fs';
import { loadWorkbook } from '../../src/files/readWorkbook';
import { SHEET } from '../../src/sheets/names';
import { FORM_COLUMNS, FORM_HEADER_ROW } from '../../src/sheets/reportForm';

export interface Answer {
  result: number | string | null;
  base?: number | string | null;
  na?: boolean;
}

/** Fills a unionplan report form as a member would in Excel: typing into the unlocked cells. */
export async function fillForm(form: string, answers: Record<string, Answer>, out: string): Promise<void> {
  const wb = await loadWorkbook(readFileSync(form));
  const ws = wb.getWorksheet(SHEET.form)!;
  const col = (key: string) => FORM_COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = FORM_HEADER_ROW + 2; r <= ws.rowCount; r++) {
    const code = ws.getCell(r, col('code')).value;
    const a = typeof code === 'string' ? answers[code] : undefined;
    if (!a) continue;
    ws.getCell(r, col('result')).value = a.result;
    if (a.base !== undefined) ws.getCell(r, col('base')).value = a.base;
    if (a.na) ws.getCell(r, col('na')).value = 'Có';
  }
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
}
