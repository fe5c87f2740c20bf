import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FILES } from '../../src/cli/commands/demo';
import { FORM_LABELS } from '../../src/sheets/reportForm';
import { cli } from '../support/cli';
import { pdfFontFamilies, printToPdf, sofficePath } from '../support/libreoffice';

/**
 * Issue #18's acceptance for a member's form: printed through LibreOffice it carries the official
 * header (the level above and the unit, the national motto), every label whole, one font family.
 */
jest.setTimeout(300_000);

it('prints a member form with the motto block and no label cut', async () => {
  sofficePath();
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-formpdf-'));
  expect((await cli('demo', '-o', dir)).code).toBe(0);
  const forms = join(dir, 'mau');
  expect((await cli('forms', '--plan', join(dir, DEMO_FILES.ward), '-o', forms)).code).toBe(0);
  const file = join(forms, readdirSync(forms).sort()[0]);
  const { pdf, pages, text } = printToPdf(file);
  expect(pages[0].width).toBeGreaterThan(pages[0].height); // A4 landscape
  expect(text[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text[0]).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text[0]).toContain('CÔNG ĐOÀN PHƯỜNG AN KHÁNH');
  // Each label prints whole on one line (a cut label would print as "Mã đơn" or "Kỳ báo c").
  for (const label of [FORM_LABELS.unitCode, FORM_LABELS.unitName, FORM_LABELS.period]) expect(text[0]).toMatch(new RegExp(`^\\s*${label}\\s`, 'm'));
  expect(pdfFontFamilies(pdf)).toHaveLength(1);
  mkdirSync(join(__dirname, '../e2e/screenshots'), { recursive: true });
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', pdf, join(__dirname, '../e2e/screenshots/form-page-1')]);
});
