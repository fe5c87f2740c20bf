/*
 * The words of the line over each tab that says where the user stands (ui/StandingLine.tsx), apart
 * from the pane's i18n table so they load with the line, after the pane's first draw
 * (tests/ui/words.test.ts holds them to the same rules).
 */
export const STANDING_STRINGS = {
  vi: {
    standNoFile: 'Chưa chọn tệp bảng kế hoạch. Tệp chọn một lần được dùng cho mọi thẻ.',
    standNoPlan: 'Sổ làm việc chưa có bảng kế hoạch: bắt đầu ở thẻ Tạo mới hoặc Từ văn bản.',
    standNoPlanFile: 'Tệp đã chọn chưa có bảng kế hoạch: bắt đầu ở thẻ Tạo mới hoặc Từ văn bản.',
    standPlanErrors: (n: number) => `Bảng kế hoạch có ${n} lỗi cần sửa.`,
    standPlan: (org: string, period: string, targets: number, tasks: number, units: number) => `Sổ làm việc đã có kế hoạch của ${org}, ${period}: ${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
    standPlanFile: (org: string, period: string, targets: number, tasks: number, units: number) => `Tệp đã chọn có kế hoạch của ${org}, ${period}: ${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
    standNoUnits: 'Chưa có đơn vị nào để gửi mẫu báo cáo (trang tính Đơn vị).',
    standForms: (n: number) => `Đã có ${n} mẫu báo cáo.`,
    standSummary: 'Đã tổng hợp.',
    standReport: 'Đã có báo cáo tổng hợp.',
    standGoScaffold: 'Mở thẻ Tạo mới',
    standGoCheck: 'Xem ở thẻ Kiểm tra',
    standGoForms: 'Tiếp theo: làm mẫu báo cáo',
    standGoMembers: 'Tiếp theo: nhận báo cáo',
    standGoReport: 'Tiếp theo: viết báo cáo',
    standGoConsolidate: 'Mở thẻ Tổng hợp',
  },
  en: {
    standNoFile: 'No plan file chosen yet. The file you choose once is used by every tab.',
    standNoPlan: 'This workbook has no plan yet: start on the New or From a document tab.',
    standNoPlanFile: 'The chosen file holds no plan: start on the New or From a document tab.',
    standPlanErrors: (n: number) => `The plan has ${n} errors to fix.`,
    standPlan: (org: string, period: string, targets: number, tasks: number, units: number) => `This workbook holds the plan of ${org} for ${period}: ${targets} targets, ${tasks} tasks, ${units} units.`,
    standPlanFile: (org: string, period: string, targets: number, tasks: number, units: number) => `The chosen file holds the plan of ${org} for ${period}: ${targets} targets, ${tasks} tasks, ${units} units.`,
    standNoUnits: 'No units to send report forms to yet (the Đơn vị sheet).',
    standForms: (n: number) => `${n} report forms made.`,
    standSummary: 'Consolidated.',
    standReport: 'The summary report is written.',
    standGoScaffold: 'Open the New tab',
    standGoCheck: 'See the Check tab',
    standGoForms: 'Next: make the report forms',
    standGoMembers: 'Next: receive the reports',
    standGoReport: 'Next: write the report',
    standGoConsolidate: 'Open Consolidate',
  },
};
