import { DEFAULT_COMMEMORATIONS } from '../domain/calendar/commemoration';
import { DEFAULT_RATING_LEVELS, type Unit } from '../domain/report/unit';
import { yearPeriod, schoolYearPeriod } from '../domain/period';
import { defaultRounds } from '../domain/round';
import type { Plan } from '../domain/plan';
import type { Target } from '../domain/target';
import type { Task } from '../domain/task';

/*
 * The embedded sample used by `npm run demo` and the tests: an invented ward union's 2026 plan and an
 * invented school union's 2025-2026 plan, worded the way real plans are (docs/domain.md#targets, docs/domain.md#timing).
 */

const target = (t: Partial<Target> & Pick<Target, 'code' | 'text' | 'comparator' | 'value' | 'kind' | 'rule'>): Target => ({
  group: '', unit: '', base: null, lowerIsBetter: t.comparator === '<=' || t.comparator === '<', note: '', ...t,
});

const task = (t: Partial<Task> & Pick<Task, 'section' | 'content' | 'frequency'>): Task => ({
  responsible: '', coordinating: '', timingText: '', start: null, end: null, status: 'todo', result: '', ...t,
});

/** The ward union's member unions, fictitious, of the kinds a ward has. */
export const DEMO_WARD_UNITS: readonly Unit[] = [
  { code: 'DN01', name: 'CĐCS Công ty TNHH May mặc An Khánh', type: 'CĐCS doanh nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 101' },
  { code: 'DN02', name: 'CĐCS Công ty Cổ phần Cơ khí Sông Hồng', type: 'CĐCS doanh nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 102' },
  { code: 'DN03', name: 'CĐCS Công ty TNHH Điện tử Minh Long', type: 'CĐCS doanh nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 103' },
  { code: 'TH01', name: 'CĐCS Trường Tiểu học An Khánh', type: 'CĐCS khu vực hành chính sự nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 201' },
  { code: 'TH02', name: 'CĐCS Trường Mầm non Hoa Sen', type: 'CĐCS khu vực hành chính sự nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 202' },
  { code: 'UB01', name: 'CĐCS Cơ quan Ủy ban nhân dân phường', type: 'CĐCS khu vực hành chính sự nghiệp', parent: 'Công đoàn phường An Khánh', contact: '0912 000 301' },
];

export function demoWardPlan(): Plan {
  return {
    info: {
      superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐÔNG NAM',
      issuingBody: 'CÔNG ĐOÀN PHƯỜNG AN KHÁNH',
      number: '12/KH-CĐP',
      place: 'An Khánh',
      date: '2026-01-05',
      title: 'Kế hoạch công tác công đoàn năm 2026',
      period: yearPeriod(2026),
      signerOnBehalf: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Nguyễn Thị Minh Hòa',
      recipients: ['LĐLĐ tỉnh (b/c);', 'Đảng ủy phường (b/c);', 'Các CĐCS trực thuộc;', 'Lưu: VT.'],
    },
    targets: [
      target({ code: 'CT01', group: 'Tổ chức', text: 'Phát triển đoàn viên mới: tăng thêm 120 đoàn viên', comparator: '>=', value: 120, kind: 'count', unit: 'đoàn viên', rule: 'sum' }),
      target({ code: 'CT02', group: 'Tổ chức', text: 'Thành lập mới công đoàn cơ sở ở doanh nghiệp có từ 25 lao động trở lên', comparator: '>=', value: 3, kind: 'count', unit: 'CĐCS', rule: 'sum' }),
      target({ code: 'CT03', group: 'Chăm lo', text: 'Trên 90% CĐCS doanh nghiệp tổ chức Hội nghị người lao động', comparator: '>', value: 90, kind: 'percent', unit: 'CĐCS', rule: 'unit-share' }),
      target({ code: 'CT04', group: 'Chăm lo', text: 'Đạt 100% đoàn viên được tuyên truyền pháp luật lao động', comparator: '>=', value: 100, kind: 'percent', unit: 'đoàn viên', rule: 'ratio' }),
      target({ code: 'CT05', group: 'Thi đua', text: 'Ít nhất 20% CĐCS hoàn thành xuất sắc nhiệm vụ', comparator: '>=', value: 20, kind: 'percent', unit: 'CĐCS', rule: 'unit-share' }),
      target({ code: 'CT06', group: 'Thi đua', text: 'Không có CĐCS không hoàn thành nhiệm vụ', comparator: '<=', value: 0, kind: 'count', unit: 'CĐCS', rule: 'unit-count' }),
      target({ code: 'CT07', group: 'Tài chính', text: 'Thu kinh phí công đoàn tại 4/4 khối doanh nghiệp trên địa bàn', comparator: '>=', value: 4, kind: 'count', unit: 'khối', base: 4, rule: 'sum', note: 'Nếu có doanh nghiệp mới' }),
    ],
    tasks: [
      task({ section: '1.1', content: 'Tuyên truyền Nghị quyết Đại hội Công đoàn các cấp trên nhóm Zalo và trang thông tin của phường', frequency: 'continuous', responsible: 'Ban Tuyên giáo', timingText: 'Thường xuyên' }),
      task({ section: '1.2', content: 'Tổ chức các hoạt động chào mừng Ngày thành lập Công đoàn Việt Nam 28/7', frequency: 'event', responsible: 'Văn phòng', coordinating: 'Các CĐCS', timingText: 'Tháng 7/2026', start: '2026-07', end: '2026-07' }),
      task({ section: '2.1', content: 'Rà soát doanh nghiệp chưa có tổ chức công đoàn, vận động thành lập CĐCS', frequency: 'scheduled', responsible: 'Ban Tổ chức', timingText: 'Từ tháng 3 đến tháng 10/2026', start: '2026-03', end: '2026-10' }),
      task({ section: '2.2', content: 'Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở mới bầu', frequency: 'scheduled', responsible: 'Ban Tổ chức', timingText: 'Quý II/2026', start: '2026-04', end: '2026-06' }),
      task({ section: '3.1', content: 'Hướng dẫn CĐCS tổ chức Hội nghị người lao động năm 2026', frequency: 'scheduled', responsible: 'Ban Chính sách', coordinating: 'Phòng Kinh tế', timingText: 'Quý I/2026', start: '2026-01', end: '2026-03' }),
      task({ section: '3.2', content: 'Tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động', frequency: 'scheduled', responsible: 'Ban Chính sách', timingText: 'Trong tháng 5 năm 2026', start: '2026-05', end: '2026-05' }),
      task({ section: '3.3', content: 'Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn dịp Tết Nguyên đán', frequency: 'scheduled', responsible: 'Văn phòng', timingText: 'Tháng 1 và 2/2026', start: '2026-01', end: '2026-02' }),
      task({ section: '4.1', content: 'Kiểm tra tài chính công đoàn cơ sở theo kế hoạch', frequency: 'periodic', responsible: 'Ủy ban Kiểm tra', timingText: 'Định kỳ hoặc đột xuất' }),
      task({ section: '4.2', content: 'Tổng kết phong trào thi đua, đánh giá xếp loại CĐCS năm 2026', frequency: 'scheduled', responsible: 'Ban Thường vụ', timingText: 'Tuần cuối tháng 12/2026', start: '2026-12', end: '2026-12' }),
      task({ section: '4.3', content: 'Báo cáo sơ kết 6 tháng (số liệu đến 31/5) gửi LĐLĐ tỉnh', frequency: 'scheduled', responsible: 'Văn phòng', timingText: 'Trước 10/6/2026', start: '2026-06', end: '2026-06' }),
    ],
    commemorations: DEFAULT_COMMEMORATIONS.map((c) => ({ ...c })),
    units: DEMO_WARD_UNITS.map((u) => ({ ...u })),
    ratingLevels: DEFAULT_RATING_LEVELS.map((l) => ({ ...l })),
    rounds: defaultRounds(yearPeriod(2026)),
  };
}

export function demoSchoolPlan(): Plan {
  return {
    info: {
      superiorBody: 'CÔNG ĐOÀN PHƯỜNG AN KHÁNH',
      issuingBody: 'CĐCS TRƯỜNG THCS LÊ QUÝ ĐÔN',
      number: '03/KH-CĐCS',
      place: 'An Khánh',
      date: '2025-09-08',
      title: 'Kế hoạch hoạt động công đoàn năm học 2025-2026',
      period: schoolYearPeriod(2025),
      signerOnBehalf: 'TM. BAN CHẤP HÀNH',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Trần Văn Bình',
      recipients: ['Công đoàn phường (b/c);', 'Chi bộ, BGH nhà trường;', 'Lưu: CĐ.'],
    },
    targets: [
      target({ code: '1', text: '100% đoàn viên tham gia cuộc vận động "Mỗi thầy cô giáo là tấm gương đạo đức, tự học và sáng tạo"', comparator: '>=', value: 100, kind: 'percent', unit: 'đoàn viên', rule: 'ratio' }),
      target({ code: '2', text: '4/4 tổ công đoàn đạt vững mạnh', comparator: '>=', value: 4, kind: 'count', unit: 'tổ công đoàn', base: 4, rule: 'sum' }),
      target({ code: '3', text: 'Công đoàn cơ sở đạt hoàn thành tốt nhiệm vụ trở lên', comparator: '>=', value: 1, kind: 'count', unit: 'CĐCS', rule: 'unit-count' }),
    ],
    tasks: [
      task({ section: '1', content: 'Phối hợp tổ chức Hội nghị viên chức, người lao động đầu năm học', frequency: 'scheduled', responsible: 'BCH Công đoàn', coordinating: 'Ban Giám hiệu', timingText: 'Tháng 9/2025', start: '2025-09', end: '2025-09' }),
      task({ section: '2', content: 'Tổ chức kỷ niệm Ngày Phụ nữ Việt Nam 20/10 và Ngày Nhà giáo Việt Nam 20/11', frequency: 'event', responsible: 'Ban Nữ công', timingText: 'Tháng 10 và 11/2025', start: '2025-10', end: '2025-11' }),
      task({ section: '3', content: 'Vận động đoàn viên tham gia phong trào thi đua "Dạy tốt, học tốt"', frequency: 'continuous', responsible: 'BCH Công đoàn', timingText: 'Thường xuyên' }),
      task({ section: '4', content: 'Thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu', frequency: 'adhoc', responsible: 'Ban Đời sống', timingText: 'Đột xuất' }),
      task({ section: '5', content: 'Tổng kết năm học, đánh giá xếp loại tổ công đoàn', frequency: 'scheduled', responsible: 'BCH Công đoàn', timingText: 'Tháng 5/2026', start: '2026-05', end: '2026-05' }),
      task({ section: '6', content: 'Tổ chức tham quan, nghỉ dưỡng hè cho đoàn viên', frequency: 'scheduled', responsible: 'Ban Đời sống', timingText: 'Tháng 7 và 8/2026', start: '2026-07', end: '2026-08' }),
    ],
    commemorations: [
      ...DEFAULT_COMMEMORATIONS.map((c) => ({ ...c })),
      // A day of the unit's own, as officers add them in `Ngày lễ`.
      { day: 15, month: 10, foundingYear: 1995, name: 'Ngày thành lập Trường THCS Lê Quý Đôn', lunar: false, note: '' },
    ],
    units: [],
    ratingLevels: DEFAULT_RATING_LEVELS.map((l) => ({ ...l })),
    rounds: defaultRounds(schoolYearPeriod(2025)),
  };
}
