import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UserError } from '../domain/userError';

/*
 * Prints an .xlsx to PDF with LibreOffice, where it is installed: the same print setup the workbook
 * carries (A4, breaks, headers and footers) makes the pages. LibreOffice works in a private folder,
 * with a private profile so it does not clash with a LibreOffice the user has open; the PDF comes
 * back as bytes, and the caller writes it beside the workbook the way it writes every output (to a
 * temporary file renamed when complete), so a failed print leaves nothing half-done.
 */

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

export function findSoffice(): string | null {
  const fromEnv = process.env.UNIONPLAN_SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** LibreOffice, asked for before anything is written: without it, the run writes nothing. */
export function pdfPrinter(pdf: string): string {
  const soffice = findSoffice();
  if (!soffice) {
    throw new UserError('libreoffice-missing', 'Cần LibreOffice để xuất PDF (hoặc đặt UNIONPLAN_SOFFICE là đường dẫn tới soffice). Chưa ghi tệp nào: cài LibreOffice, hoặc bỏ --pdf để chỉ ghi tệp .xlsx rồi in bằng Excel.', 'Printing to PDF needs LibreOffice (or UNIONPLAN_SOFFICE set to soffice). Nothing was written: install LibreOffice, or leave out --pdf to write the .xlsx only and print it in Excel.', { file: pdf });
  }
  return soffice;
}

/** The PDF of a workbook's bytes, printed by LibreOffice; `pdf` names the file it is for, in messages and as the document's name. */
export function xlsxToPdf(soffice: string, xlsx: Uint8Array, pdf: string): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), 'unionplan-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'unionplan-lo-profile-'));
  const stem = basename(pdf).replace(/\.pdf$/i, '') || 'unionplan';
  try {
    const source = join(work, `${stem}.xlsx`);
    writeFileSync(source, xlsx);
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, source], { stdio: 'pipe', timeout: 180_000 });
    const printed = readFileSync(join(work, `${stem}.pdf`));
    if (printed.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
    return new Uint8Array(printed);
  } catch {
    throw new UserError('pdf-failed', `LibreOffice không in được "${pdf}". Chưa ghi tệp nào: thử lại, hoặc bỏ --pdf để chỉ ghi tệp .xlsx rồi in bằng Excel.`, `LibreOffice could not print "${pdf}". Nothing was written: retry, or leave out --pdf to write the .xlsx only and print it in Excel.`, { file: pdf });
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
