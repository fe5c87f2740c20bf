/*
 * The words of the round picker and of last year's file picker (docs/rounds.md), apart from the
 * pane's i18n table so the two components stand alone (tests/ui/words.test.ts holds them to the same rules).
 */
export const ROUND_STRINGS = {
  vi: {
    roundLabel: 'Kỳ báo cáo',
    roundWhole: 'Cả kỳ kế hoạch',
    roundOption: (code: string, name: string, cutOff: string) => `${code} – ${name} (số liệu đến ${cutOff})`,
    roundHint: 'Các kỳ báo cáo lấy từ bảng kỳ báo cáo ở trang tính Đơn vị; sửa ở đó nếu cần. Bước 1, 3 và 4 làm theo kỳ đã chọn.',
    lastYearLabel: 'Tổng hợp cùng kỳ năm trước (không bắt buộc)',
    lastYearChoose: 'Chọn tệp tổng hợp năm trước',
    lastYearClear: 'Bỏ so sánh',
    lastYearHint: 'Tệp tổng hợp năm trước, có trang tính "Tổng hợp" của cùng kỳ (ví dụ "Tổng hợp 6T"). Chỉ đọc, không sửa tệp này.',
    lastYearNotXlsx: (name: string) => `"${name}" không phải tệp .xlsx: hãy chọn tệp tổng hợp năm trước (.xlsx).`,
  },
  en: {
    roundLabel: 'Reporting round',
    roundWhole: 'The whole plan period',
    roundOption: (code: string, name: string, cutOff: string) => `${code} – ${name} (figures to ${cutOff})`,
    roundHint: 'Rounds come from the table of reporting rounds in sheet Đơn vị; edit them there. Steps 1, 3 and 4 work on the chosen round.',
    lastYearLabel: "Last year's summary of the same round (optional)",
    lastYearChoose: "Choose last year's summary",
    lastYearClear: 'No comparison',
    lastYearHint: 'Last year\'s summary file, with the same round\'s "Tổng hợp" sheet (e.g. "Tổng hợp 6T"). It is only read.',
    lastYearNotXlsx: (name: string) => `"${name}" is not an .xlsx file: choose last year's summary (.xlsx).`,
  },
} as const;

export type RoundLang = keyof typeof ROUND_STRINGS;
