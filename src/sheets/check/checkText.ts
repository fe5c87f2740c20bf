import type { Finding } from '../../domain/finding';
import { detectLegacyEncoding } from '../../domain/parse/clean';
import { cellA1 } from '../a1';
import type { CellValue } from '../spec';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { hasInvisible, shownText, withoutInvisible } from '../../domain/text';

/** Short cells still show a legacy font after a few letters; the document-level detector wants more. */
const CELL_MIN_LETTERS = 6;

/** Text hazards (docs/domain.md#vietnamese-text) in any text cell of a sheet: NFD, the look-alike "Ð", TCVN3/VNI text. */
export function checkText(sheet: string, values: readonly (readonly CellValue[])[]): Finding[] {
  const out: Finding[] = [];
  values.forEach((line, row) => line.forEach((v, col) => {
    if (typeof v !== 'string' || v.startsWith('=')) return;
    const at = cellA1({ row, col });
    const sample = v.length > 60 ? `${v.slice(0, 60)}…` : v;
    const legacy = detectLegacyEncoding(v, CELL_MIN_LETTERS);
    if (legacy) {
      out.push(ruleFinding('text-legacy-encoding', sheet, at, `Chữ gõ bằng bảng mã ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'}, không phải Unicode: hãy chuyển mã sang Unicode (Unikey: Công cụ chuyển mã).`, `Text in the ${legacy.toUpperCase()} encoding, not Unicode: convert it (e.g. with Unikey).`, sample));
      return;
    }
    if (v !== v.normalize('NFC')) out.push(ruleFinding('text-nfd', sheet, at, 'Chữ có dấu ở dạng tổ hợp (NFD): trông giống nhưng so khớp và sắp xếp sẽ sai. Hãy gõ lại hoặc chuyển sang Unicode dựng sẵn.', 'Decomposed (NFD) accents: they look right but match and sort wrong. Retype or convert to precomposed Unicode.', sample));
    if (hasInvisible(v)) out.push(ruleFinding('text-invisible', sheet, at, `${shownText(sample)}: có ký tự ẩn hoặc ký tự đổi chiều viết, trông như không có nhưng làm mã và tên khác đi (unionplan bỏ chúng khi so khớp). Hãy gõ lại ô.`, `${shownText(sample, 'en')}: hidden or direction-changing characters that look like nothing but change codes and names (unionplan removes them when matching). Retype the cell.`, withoutInvisible(sample)));
    if (/[\u00D0\u00F0]/.test(v)) out.push(ruleFinding('text-eth', sheet, at, 'Có chữ "Ð/ð" (eth) thay cho "Đ/đ": hai chữ trông giống nhau nhưng khác mã.', 'Contains "Ð/ð" (eth) for "Đ/đ": they look alike but differ.', sample));
  }));
  return out;
}
