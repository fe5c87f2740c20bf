import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../domain/userError';
import { findSoffice } from './pdf';

/**
 * An old Word file (.doc) converted to .docx by LibreOffice where it is installed, so the plan
 * reader sees Word's lists as in any .docx. The input is copied to a private folder first: the
 * user's file is never touched, and a private profile keeps LibreOffice from clashing with one open.
 */
export async function docToDocx(fileName: string, data: Uint8Array): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new UserError('doc-legacy', `"${fileName}" là tệp Word cũ (.doc) và máy này chưa có LibreOffice để chuyển đổi. Hãy mở bằng Word và lưu lại dạng .docx (Tệp → Lưu thành → Word Document), hoặc cài LibreOffice, rồi thử lại.`,
      `"${fileName}" is an old Word file (.doc) and LibreOffice is not installed to convert it. Save it as .docx in Word, or install LibreOffice, and retry.`, { file: fileName });
  }
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-doc-'));
  const profile = mkdtempSync(join(tmpdir(), 'unionplan-lo-profile-'));
  try {
    const input = join(dir, 'van-ban.doc');
    writeFileSync(input, data);
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input], { stdio: 'pipe', timeout: 180_000 });
    return readFileSync(join(dir, 'van-ban.docx'));
  } catch {
    throw new UserError('doc-convert-failed', `LibreOffice không chuyển được "${fileName}" sang .docx (tệp hỏng hoặc có mật khẩu?). Hãy mở bằng Word và lưu lại dạng .docx.`, `LibreOffice could not convert "${fileName}" to .docx (damaged or password-protected?). Save it as .docx in Word.`, { file: fileName });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
