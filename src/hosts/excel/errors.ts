import { UserError } from '../../domain/userError';

/* Excel's own error codes, said in words the user can act on. */

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

const KNOWN: Record<string, { vi: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    en: 'Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then retry.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Yêu cầu gửi tới Excel quá lớn. Hãy thử lại; nếu vẫn lỗi, chia dữ liệu thành nhiều phần.',
    en: 'The request to Excel was too large. Retry; if it persists, split the data.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Dữ liệu Excel gửi về quá lớn cho một lần đọc (một trang tính có quá nhiều chữ trong các ô cần đọc). Hãy rút gọn nội dung các ô đó rồi thử lại.',
    en: 'The data Excel sent back was too large for one read (a sheet holds too much text in the cells read). Shorten those cells and retry.',
  },
  AccessDenied: {
    vi: 'Excel từ chối ghi: trang tính hoặc sổ làm việc đang được bảo vệ hay chỉ đọc. Bỏ bảo vệ rồi thử lại.',
    en: 'Excel refused the write: the sheet or workbook is protected or read-only. Unprotect it and retry.',
  },
  ItemAlreadyExists: {
    vi: 'Trong sổ làm việc đã có một trang tính hoặc bảng cùng tên.',
    en: 'A sheet or table with the same name already exists in the workbook.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính hoặc bảng này: có thể nó vừa bị xóa hay đổi tên. Hãy chạy lại thao tác.',
    en: 'This sheet or table is not there: it may have just been deleted or renamed. Run the action again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này chưa hỗ trợ thao tác cần thiết. Hãy cập nhật Excel (Microsoft 365 hoặc Excel 2021).',
    en: 'This Excel version cannot do what is needed. Update Excel (Microsoft 365 or Excel 2021).',
  },
};

export function excelUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  const known = err.code ? KNOWN[err.code] : undefined;
  if (known) return new UserError(`excel-${err.code}`, known.vi, known.en);
  // Office's own text is English and internal ("bad address C5:B5"): the user reads what to do,
  // the code goes in small print for whoever they ask for help.
  const detail = [err.code, err.message ?? (err.code ? '' : String(e))].filter(Boolean).join(': ');
  return new UserError('excel-unexpected',
    'Excel chưa làm được việc này và không cho biết lý do. Hãy bấm lại; nếu vẫn không được, hãy lưu sổ làm việc, đóng Excel rồi mở lại.',
    'Excel could not do this and gave no reason. Click again; if it still fails, save the workbook, close Excel and open it again.',
    {}, detail);
}
