/*
 * The words of the round picker and of last year's file picker (docs/rounds.md), apart from the
 * pane's i18n table so the two components stand alone until the pane takes them in.
 */
export const ROUND_STRINGS = {
  vi: {
    roundLabel: 'Kỳ báo cáo',
    roundWhole: 'Cả kỳ kế hoạch (không chia kỳ báo cáo)',
    roundOption: (code: string, name: string, cutOff: string) => `${code} – ${name} (số liệu đến ${cutOff})`,
    roundHint: 'Các kỳ báo cáo lấy từ bảng KyBaoCao ở trang Đơn vị; sửa ở đó nếu cần.',
    lastYearLabel: 'Tổng hợp cùng kỳ năm trước (không bắt buộc)',
    lastYearChoose: 'Chọn tệp tổng hợp năm trước',
    lastYearClear: 'Bỏ so sánh',
    lastYearHint: 'Tệp tổng hợp năm trước do unionplan tạo, có trang "Tổng hợp" của cùng kỳ (ví dụ "Tổng hợp 6T").',
    lastYearNotXlsx: (name: string) => `"${name}" không phải tệp .xlsx: hãy chọn tệp tổng hợp năm trước (.xlsx).`,
  },
  en: {
    roundLabel: 'Reporting round',
    roundWhole: 'The whole plan period (no round)',
    roundOption: (code: string, name: string, cutOff: string) => `${code} – ${name} (figures to ${cutOff})`,
    roundHint: 'Rounds come from table KyBaoCao in sheet Đơn vị; edit them there.',
    lastYearLabel: "Last year's summary of the same round (optional)",
    lastYearChoose: "Choose last year's summary",
    lastYearClear: 'No comparison',
    lastYearHint: 'A summary unionplan made last year, with the same round\'s "Tổng hợp" sheet (e.g. "Tổng hợp 6T").',
    lastYearNotXlsx: (name: string) => `"${name}" is not an .xlsx file: choose last year's summary (.xlsx).`,
  },
} as const;

export type RoundLang = keyof typeof ROUND_STRINGS;
