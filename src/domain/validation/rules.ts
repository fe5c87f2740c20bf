import type { Severity } from '../finding';

/**
 * Every check unionplan makes on the sheets it owns, by stable code: what the pane, the `Kiểm tra`
 * sheet and `unionplan check --json` report. Messages carry the specifics; this says what the rule is.
 */
export interface Rule {
  severity: Severity;
  vi: string;
  en: string;
}

export const RULES = {
  // Reading the sheets (src/sheets/read)
  'sheet-missing': { severity: 'error', vi: 'Thiếu trang tính của bảng kế hoạch', en: 'A plan sheet is missing' },
  'table-header-missing': { severity: 'error', vi: 'Không tìm thấy dòng tiêu đề của bảng', en: 'A table header row is missing' },
  'required-empty': { severity: 'error', vi: 'Ô bắt buộc còn trống', en: 'A required cell is empty' },
  'cell-unreadable': { severity: 'error', vi: 'Giá trị không đúng kiểu (chữ trong ô số, tháng không đọc được…)', en: 'A value of the wrong type' },
  'value-out-of-range': { severity: 'error', vi: 'Số ngoài khoảng cho phép', en: 'A number out of range' },
  'date-invalid': { severity: 'error', vi: 'Ngày không có thật', en: 'A date that does not exist' },
  'date-impossible': { severity: 'error', vi: 'Ngày lễ có ngày không có trong tháng', en: 'A commemoration day that its month lacks' },
  'period-unreadable': { severity: 'error', vi: 'Kỳ kế hoạch không đọc được', en: 'The plan period is unreadable' },
  // Numbers
  'number-as-text': { severity: 'warning', vi: 'Số được lưu dạng văn bản', en: 'A number stored as text' },
  'number-separator-ambiguous': { severity: 'warning', vi: 'Dấu phân cách hàng nghìn dễ nhầm với dấu thập phân ("1.234", "1,234")', en: 'A thousands separator that reads as a decimal point' },
  'percent-as-fraction': { severity: 'warning', vi: 'Tỷ lệ nhập dạng phân số (0,9 thay vì 90)', en: 'A percentage typed as a fraction (0.9 for 90)' },
  'percent-over-100': { severity: 'error', vi: 'Tỷ lệ trên 100%', en: 'A percentage above 100' },
  'negative-number': { severity: 'error', vi: 'Số âm ở chỉ tiêu hoặc tổng số', en: 'A negative target value or base' },
  'value-over-base': { severity: 'error', vi: 'Giá trị lớn hơn tổng số (cơ sở)', en: 'A value above its base' },
  'base-zero': { severity: 'warning', vi: 'Tổng số (cơ sở) bằng 0: chỉ tiêu không áp dụng (N/A), không phải 0%', en: 'A base of zero: the target is N/A, not 0 %' },
  // Targets
  'target-code-duplicate': { severity: 'error', vi: 'Trùng mã chỉ tiêu', en: 'Duplicate target code' },
  'unit-share-not-percent': { severity: 'warning', vi: 'Chỉ tiêu tỷ lệ đơn vị đạt nhưng không nêu tỷ lệ %', en: 'A unit-share target that is not a percentage' },
  'unit-share-not-units': { severity: 'warning', vi: 'Chỉ tiêu tỷ lệ đơn vị đạt nhưng đơn vị tính không phải đơn vị (CĐCS, tổ công đoàn…)', en: 'A unit-share target not counted in units' },
  // Tasks and calendar
  'task-end-before-start': { severity: 'error', vi: 'Tháng kết thúc trước tháng bắt đầu', en: 'End month before start month' },
  'task-outside-period': { severity: 'warning', vi: 'Tháng nằm ngoài kỳ kế hoạch', en: 'A month outside the plan period' },
  'task-no-timing': { severity: 'info', vi: 'Nhiệm vụ chưa có thời gian thực hiện', en: 'A task without timing' },
  'anniversary-count': { severity: 'warning', vi: 'Số năm kỷ niệm không khớp khoảng năm ghi trong ngoặc', en: 'An anniversary count that does not match its years' },
  'anniversary-year': { severity: 'warning', vi: 'Năm kỷ niệm không khớp thời điểm của nhiệm vụ', en: 'An anniversary year that does not match the task\'s date' },
  'text-date-impossible': { severity: 'warning', vi: 'Nội dung ghi một ngày không có thật (0/5, 31/2…)', en: 'A date in the text that does not exist (0/5, 31/2…)' },
  'text-year-impossible': { severity: 'warning', vi: 'Nội dung ghi một năm sai (20225, 20122013…)', en: 'A mistyped year in the text (20225, 20122013…)' },
  'unit-code-duplicate': { severity: 'error', vi: 'Trùng mã đơn vị', en: 'Duplicate unit code' },
  // Reporting rounds (Table KyBaoCao, docs/rounds.md)
  'round-code-duplicate': { severity: 'error', vi: 'Trùng mã kỳ báo cáo', en: 'Duplicate round code' },
  'round-code-invalid': { severity: 'error', vi: 'Mã kỳ báo cáo quá dài hoặc có ký tự không dùng được trong tên trang', en: 'A round code too long or with characters a sheet name cannot hold' },
  'round-outside-period': { severity: 'error', vi: 'Ngày chốt số liệu của kỳ báo cáo nằm ngoài kỳ kế hoạch', en: 'A round cut-off outside the plan period' },
  'round-order': { severity: 'warning', vi: 'Các kỳ báo cáo không theo thứ tự ngày chốt số liệu', en: 'Rounds not in the order of their cut-off dates' },
  // Plan information
  'info-number-format': { severity: 'warning', vi: 'Số văn bản không đúng dạng "31/KH-LĐLĐ"', en: 'A document number not shaped like "31/KH-LĐLĐ"' },
  'info-signer-missing': { severity: 'warning', vi: 'Chưa có người ký', en: 'No signer' },
  'info-issuer-missing': { severity: 'error', vi: 'Chưa có tên đơn vị ban hành', en: 'No issuing unit' },
  // Text hazards (docs/domain.md#vietnamese-text)
  'text-nfd': { severity: 'warning', vi: 'Chữ tiếng Việt ở dạng tổ hợp (NFD), so khớp sẽ sai', en: 'Decomposed (NFD) Vietnamese text' },
  'text-eth': { severity: 'warning', vi: 'Chữ "Ð" (eth, U+00D0) thay cho "Đ"', en: '"Ð" (eth) typed for "Đ"' },
  'text-legacy-encoding': { severity: 'error', vi: 'Chữ gõ bằng bảng mã cũ TCVN3/VNI', en: 'Text in the legacy TCVN3/VNI encodings' },
  'text-invisible': { severity: 'warning', vi: 'Ký tự ẩn hoặc ký tự đổi chiều viết trong mã hay tên (bỏ đi khi so khớp)', en: 'Invisible or bidirectional characters in a code or name (removed when matching)' },
  'text-spaces': { severity: 'info', vi: 'Khoảng trắng thừa ở đầu, cuối hoặc giữa tên dùng để so khớp', en: 'Stray spaces in a name used for matching' },
  // Member reports (docs/domain.md#consolidation)
  'report-unit-missing': { severity: 'error', vi: 'Báo cáo không ghi mã đơn vị', en: 'A report without a unit code' },
  'report-unit-unknown': { severity: 'error', vi: 'Đơn vị báo cáo không có trong danh sách đơn vị', en: 'A reporting unit not in the unit list' },
  'report-unit-duplicate': { severity: 'error', vi: 'Một đơn vị báo cáo hai lần', en: 'A unit reported twice' },
  'report-period-mismatch': { severity: 'error', vi: 'Báo cáo của kỳ khác', en: 'A report for another period' },
  'report-round-mismatch': { severity: 'error', vi: 'Báo cáo của đợt báo cáo khác (6 tháng, cả năm…)', en: 'A report for another round (6-month, year…)' },
  'summary-compare-unmatched': { severity: 'info', vi: 'Chỉ tiêu không tìm thấy trong tổng hợp năm trước (không so sánh)', en: 'A target not found in last year\'s summary (not compared)' },
  'report-empty': { severity: 'info', vi: 'Mẫu báo cáo chưa điền số liệu (đơn vị coi như chưa báo cáo)', en: 'A report form with no figures yet (the unit counts as not reported)' },
  'report-target-unknown': { severity: 'warning', vi: 'Mã chỉ tiêu không có trong kế hoạch', en: 'A target code not in the plan' },
  'report-line-duplicate': { severity: 'warning', vi: 'Một chỉ tiêu ghi hai dòng trong cùng báo cáo', en: 'A target reported on two lines' },
  'report-negative': { severity: 'error', vi: 'Kết quả hoặc tổng số âm', en: 'A negative result or base' },
  'report-value-over-base': { severity: 'error', vi: 'Kết quả lớn hơn tổng số', en: 'A result above its base' },
  'report-value-date': { severity: 'error', vi: 'Ô số liệu định dạng ngày hoặc giờ (không cộng con số ẩn sau ngày)', en: 'A figure in a cell formatted as a date or time (the number behind it is not counted)' },
  'report-value-implausible': { severity: 'error', vi: 'Số liệu ngoài khoảng hợp lý (quá lớn so với kế hoạch, trên 10 triệu, không hữu hạn)', en: 'A figure outside any plausible range (far above the plan, over ten million, not finite)' },
  'report-base-missing': { severity: 'error', vi: 'Chỉ tiêu tỷ lệ thiếu tổng số', en: 'A percentage target without a base' },
  'report-unreadable': { severity: 'error', vi: 'Tệp hoặc trang báo cáo không đọc được', en: 'A report file or sheet that cannot be read' },
  'summary-missing': { severity: 'error', vi: 'Chưa có trang Tổng hợp', en: 'No summary sheet yet' },
  'summary-unreadable': { severity: 'error', vi: 'Số liệu trang Tổng hợp không đọc được', en: 'A summary figure that cannot be read' },
  'summary-target-unknown': { severity: 'warning', vi: 'Tổng hợp có chỉ tiêu không còn trong kế hoạch', en: 'A summary target no longer in the plan' },
  'summary-target-missing': { severity: 'warning', vi: 'Chỉ tiêu của kế hoạch chưa có trong Tổng hợp', en: 'A plan target not in the summary yet' },
  // The workbook itself (src/hosts/excel: a write that stopped halfway)
  'sheet-incomplete': { severity: 'error', vi: 'Trang do unionplan tạo chưa ghi xong (lần chạy trước bị ngắt)', en: 'A unionplan sheet left half-written (an earlier run was interrupted)' },
  'sheet-retired': { severity: 'warning', vi: 'Bản cũ của một trang còn lại sau lần chạy bị ngắt', en: 'An old copy of a sheet left by an interrupted run' },
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;
