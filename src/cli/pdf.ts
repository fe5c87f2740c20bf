import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UserError } from '../domain/userError';

/*
 * Prints an .xlsx to PDF with LibreOffice, where it is installed: the same print setup the workbook
 * carries (A4, breaks, headers and footers) makes the pages. A private profile keeps it from
 * clashing with a LibreOffice the user has open.
 */

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

export function findSoffice(): string | null {
  const fromEnv = process.env.UNIONPLAN_SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function xlsxToPdf(xlsx: string, pdf: string): void {
  const soffice = findSoffice();
  if (!soffice) {
    throw new UserError('libreoffice-missing', 'Cần LibreOffice để xuất PDF (hoặc đặt UNIONPLAN_SOFFICE là đường dẫn tới soffice). Tệp .xlsx vẫn được ghi; có thể mở và in bằng Excel.', 'Printing to PDF needs LibreOffice (or UNIONPLAN_SOFFICE set to soffice). The .xlsx was written; open and print it in Excel.', { file: pdf });
  }
  const out = mkdtempSync(join(tmpdir(), 'unionplan-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'unionplan-lo-profile-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'pipe', timeout: 180_000 });
    copyFileSync(join(out, `${basename(xlsx).replace(/\.xlsx$/i, '')}.pdf`), pdf);
  } catch {
    throw new UserError('pdf-failed', `LibreOffice không in được "${xlsx}" ra PDF.`, `LibreOffice could not print "${xlsx}" to PDF.`, { file: pdf });
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
