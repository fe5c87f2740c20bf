import type { Finding } from '../../domain/finding';
import { normalizeText } from '../../domain/text';
import { SHEET } from '../names';
import { readText } from '../read/cells';
import { infoCells } from '../read/readInfo';
import type { CellValue } from '../spec';
import { ruleFinding } from '../../domain/validation/ruleFinding';

/** "31/KH-LĐLĐ", "03/BC-CĐCS", "12/KH-CĐ.GD": a number, the document type, the issuer's abbreviation. */
const DOC_NUMBER = /^\d{1,4}\/[A-ZĐ]{1,6}(?:-[A-ZĐ0-9.]+)+$/u;

/** Checks on `Thông tin`: the facts the printed documents need. */
export function checkInfo(values: readonly (readonly CellValue[])[]): Finding[] {
  const sheet = SHEET.info;
  const cells = infoCells(values);
  const out: Finding[] = [];
  const issuer = cells.get('issuingBody');
  if (issuer && !readText(issuer.value)) out.push(ruleFinding('info-issuer-missing', sheet, issuer.at, 'Chưa nhập tên đơn vị ban hành.', 'The issuing unit is empty.'));
  const number = cells.get('number');
  const n = number ? normalizeText(readText(number.value)) : '';
  if (number && n && !DOC_NUMBER.test(n.replace(/\s+/g, ''))) {
    out.push(ruleFinding('info-number-format', sheet, number.at, `Số, ký hiệu "${n}" không đúng dạng số/loại văn bản-cơ quan, ví dụ "31/KH-LĐLĐ" (không ghi chữ "Số:").`, `"${n}" is not shaped like number/TYPE-ISSUER, e.g. "31/KH-LĐLĐ" (without "Số:").`, n));
  } else if (number && n && /\s/.test(n)) {
    out.push(ruleFinding('info-number-format', sheet, number.at, `Số, ký hiệu "${n}" có khoảng trắng: viết liền, ví dụ "03/BC-CĐCS".`, `"${n}" has spaces: write it without, e.g. "03/BC-CĐCS".`, n));
  }
  const signer = cells.get('signerName');
  if (signer && !readText(signer.value)) out.push(ruleFinding('info-signer-missing', sheet, signer.at, 'Chưa nhập tên người ký: báo cáo in ra sẽ thiếu chữ ký.', 'The signer is empty: printed reports will lack the name.'));
  return out;
}
