import { MOTTO_SUBTITLE, NATIONAL_MOTTO } from '../domain/report/reportDocument';
import { escapeHeaderFooter } from '../domain/text';
import type { HeaderFooter, PrintSpec } from './spec';

/* The look every unionplan sheet shares: official documents are set in Times New Roman. */

export const FONT = { name: 'Times New Roman', size: 12 };
export const TITLE_SIZE = 14;
export const TABLE_STYLE = 'TableStyleLight9';
export const COLOR = {
  label: '#F2F2F2',
  mark: '#9BC2E6',
  header: '#DDEBF7',
  tab: '#1F4E79',
  hint: '#595959',
};

export const NUMBER_FORMAT = {
  month: 'mm/yyyy',
  date: 'dd/mm/yyyy',
  integer: '#,##0',
  decimal: '#,##0.##',
  percent: '0%',
  text: '@',
};

/** The unit's name at the top of every page, page numbers at the bottom. */
export function pageHeaderFooter(orgName: string): { header: HeaderFooter; footer: HeaderFooter } {
  const font = `&"${FONT.name},Regular"&10`;
  return {
    header: { center: `${font}${escapeHeaderFooter(orgName.toUpperCase())}` },
    footer: { center: `${font}Trang &P/&N` },
  };
}

export function a4Print(orientation: PrintSpec['orientation'], orgName: string, titleRow?: number): PrintSpec {
  return {
    orientation,
    fitToWidth: true,
    titleRows: titleRow === undefined ? undefined : { first: titleRow, last: titleRow },
    ...pageHeaderFooter(orgName),
    margins: { top: 20, bottom: 20, left: 20, right: 15 },
    centerHorizontally: true,
  };
}

/**
 * The official header (docs/domain.md#official-format) for the first printed page of a working sheet (Tổng hợp, Theo
 * đơn vị, a member's form) whose rows are read back and so cannot move: the issuing body on the left,
 * the national motto over the underlined tiêu ngữ on the right, in the page header.
 */
export function officialPageHeader(superiorBody: string, issuingBody: string): HeaderFooter {
  const regular = `&"${FONT.name},Regular"&10`;
  const bold = `&"${FONT.name},Bold"&10`;
  const esc = (s: string) => escapeHeaderFooter(s.toLocaleUpperCase('vi'));
  return {
    left: `${superiorBody ? `${regular}${esc(superiorBody)}\n` : ''}${bold}${esc(issuingBody)}`,
    right: `${bold}${NATIONAL_MOTTO}\n${bold}&U${MOTTO_SUBTITLE}`,
  };
}
