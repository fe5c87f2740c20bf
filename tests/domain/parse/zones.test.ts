import { zoneOf } from '../../../src/domain/parse/zones';

/** Headings as the parser passes them: without their numbering. */
describe('zoneOf: what a part holds, by its heading', () => {
  it.each([
    ['II. CHỈ TIÊU', 'targets'], ['MỤC TIÊU, CHỈ TIÊU, CHƯƠNG TRÌNH', 'targets'], ['Mục tiêu cụ thể', 'targets'],
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'], ['Mục tiêu', 'purpose'], ['Đối tượng tham gia:', 'purpose'],
    ['ĐÁNH GIÁ HOẠT ĐỘNG CÔNG ĐOÀN THÁNG 4', 'review'], ['TÌNH HÌNH THÁNG 5/2022', 'review'], ['Kết quả thực hiện nhiệm vụ năm học 2021-2022', 'review'],
    ['NHIỆM VỤ, GIẢI PHÁP', 'tasks'], ['Phương hướng nhiệm vụ tháng tới', 'tasks'], ['TỔ CHỨC THỰC HIỆN', 'tasks'],
    ['Đổi mới nội dung, phương thức hoạt động công đoàn đáp ứng yêu cầu tình hình mới', 'tasks'],
    ['Đổi mới công tác chỉ đạo phù hợp với tình hình mới', 'tasks'], ['Bối cảnh', null],
  ])('%s → %s', (heading, zone) => {
    expect(zoneOf(heading)).toBe(zone);
  });
});
