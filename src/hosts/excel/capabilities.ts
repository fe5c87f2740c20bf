/**
 * Requirement sets above the manifest's floor (ExcelApi 1.7) that unionplan uses when present.
 * Detection takes Office's own `isSetSupported`, so this file stays free of globals and testable.
 */
export interface ExcelCapabilities {
  /** 1.8: dropdown lists and input rules. */
  dataValidation: boolean;
  /** 1.9: paper, orientation, fit to width, print titles, header and footer. */
  pageLayout: boolean;
  /** 1.13: inserting member workbooks' sheets. */
  insertWorksheets: boolean;
  /** 1.11: Excel waits for the user to leave a cell being edited instead of refusing the request. */
  cellEditWait: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): ExcelCapabilities {
  const has = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { dataValidation: has('1.8'), pageLayout: has('1.9'), insertWorksheets: has('1.13'), cellEditWait: has('1.11') };
}

export const ALL_CAPABILITIES: ExcelCapabilities = { dataValidation: true, pageLayout: true, insertWorksheets: true, cellEditWait: true };

export interface Skipped {
  feature: keyof ExcelCapabilities;
  vi: string;
  en: string;
}

/** What a scaffold could not do on this Excel, said so the user knows what to set by hand. */
export function skippedFeatures(caps: ExcelCapabilities): Skipped[] {
  const out: Skipped[] = [];
  if (!caps.dataValidation) out.push({ feature: 'dataValidation', vi: 'Danh sách chọn và kiểm tra nhập liệu (cần Excel mới hơn, ví dụ Excel 2021 hoặc Microsoft 365).', en: 'Dropdown lists and input rules (need a newer Excel, e.g. Excel 2021 or Microsoft 365).' });
  if (!caps.pageLayout) out.push({ feature: 'pageLayout', vi: 'Thiết lập in (khổ A4, hướng giấy, vừa chiều ngang trang in, tiêu đề lặp lại, đầu/chân trang in) — cần Excel mới hơn; hãy chỉnh trong Bố trí Trang.', en: 'Print setup (A4, orientation, fit to width, repeated titles, header/footer) needs a newer Excel; set it in Page Layout.' });
  return out;
}
