import type { Finding } from '../../domain/finding';
import { ruleFinding } from '../../domain/validation/ruleFinding';

/**
 * What a write that stopped halfway left in the workbook (the pane closed, Excel closed): sheets
 * unionplan began and never finished, and old sheets it had set aside to replace. Neither is
 * deleted for the user; `Kiểm tra` says what each is and what to do.
 */
export function checkLeftovers(incomplete: readonly string[], retired: readonly string[]): Finding[] {
  return [
    ...incomplete.map((sheet) => ruleFinding('sheet-incomplete', sheet, '',
      `Trang "${sheet}" chưa được ghi xong: lần chạy trước bị ngắt giữa chừng (ví dụ ngăn tác vụ bị đóng). Hãy chạy lại thao tác đã tạo trang này.`,
      `Sheet "${sheet}" was not written to the end: an earlier run stopped halfway (the pane was closed, for instance). Run the action that makes it again.`)),
    ...retired.map((sheet) => ruleFinding('sheet-retired', sheet, '',
      `Trang "${sheet}" là bản cũ unionplan để riêng khi thay một trang, còn lại vì lần chạy trước bị ngắt. Nếu trang mới đã đủ, hãy xóa trang này; nếu không, đổi tên nó về tên cũ.`,
      `Sheet "${sheet}" is an old sheet unionplan set aside while replacing it, left because an earlier run stopped. If the new sheet is complete, delete this one; if not, rename it back.`)),
  ];
}
