import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * LibreOffice headless as the independent spreadsheet engine: it recalculates the formulas ExcelJS
 * writes (without cached values), exports each sheet's shown values to UTF-8 CSV, and prints to PDF.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

export function sofficePath(): string {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) if (existsSync(p)) return p;
  throw new Error('LibreOffice is not installed: run `apt-get install -y --no-install-recommends libreoffice-calc fonts-crosextra-carlito` (bash .ci/run does).');
}

function convert(files: string[], filter: string): string {
  const out = mkdtempSync(join(tmpdir(), 'unionplan-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'unionplan-lo-profile-'));
  execFileSync(sofficePath(), [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', out, ...files], { stdio: 'pipe', timeout: 180_000 });
  return out;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Every sheet of every file, as the text LibreOffice shows after recalculating. */
export function recalculatedSheets(files: string[]): Map<string, Map<string, string[][]>> {
  const dir = convert(files, CSV_FILTER);
  const result = new Map<string, Map<string, string[][]>>();
  for (const f of files) {
    const stem = basename(f, '.xlsx');
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(dir).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.csv'))) {
      sheets.set(csv.slice(stem.length + 1, -4).normalize('NFC'), parseCsv(readFileSync(join(dir, csv), 'utf8')));
    }
    result.set(f, sheets);
  }
  return result;
}

export interface PdfPage { width: number; height: number }

export function printToPdf(file: string): { pdf: string; pages: PdfPage[]; text: string[] } {
  const dir = convert([file], 'pdf');
  const pdf = join(dir, `${basename(file, '.xlsx')}.pdf`);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const pages = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const text = pages.map((_p, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
  return { pdf, pages, text };
}

/** Each workbook opened and saved again as .xlsx by LibreOffice Calc, as a member using it would; the folder of the copies. */
export function resavedByLibreOffice(files: string[]): string {
  return convert(files, 'xlsx:Calc MS Excel 2007 XML');
}

/**
 * The font families a PDF embeds, as `pdffonts` lists them, without the subset tag and the style
 * ("BAAAAA+LiberationSerif-Bold" → "LiberationSerif"): one family means no glyph was patched in
 * from another font.
 */
export function pdfFontFamilies(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  const names = out.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '').replace(/[-,](Bold|Italic|BoldItalic|Regular|BoldItalicMT|BoldMT|ItalicMT)$/i, ''));
  return [...new Set(names)];
}
