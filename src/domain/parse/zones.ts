/**
 * What a part of a plan holds, told by its heading: targets ("CHỈ TIÊU", "Mục tiêu cụ thể"),
 * purpose and requirements ("MỤC ĐÍCH, YÊU CẦU", "Đối tượng"), a review of what was done ("ĐÁNH GIÁ
 * HOẠT ĐỘNG THÁNG 4", "Kết quả đạt được", "Tồn tại, hạn chế") or tasks ("NHIỆM VỤ, GIẢI PHÁP",
 * "Phương hướng tháng tới", "Tổ chức thực hiện"). A heading that says none of these inherits its
 * parent's; a document titled BÁO CÁO reviews unless a part looks ahead.
 */
export type Zone = 'targets' | 'purpose' | 'review' | 'tasks';

const TARGETS = /chỉ tiêu|mục tiêu cụ thể/iu;
const AHEAD = /phương hướng|kế hoạch|(?:tháng|quý|năm|học kỳ|kỳ|thời gian)\s+(?:tới|sau|tiếp theo)|nhiệm vụ\s+(?:trọng tâm|chủ yếu|năm|tháng|học kỳ)/iu;
/** Said at the head of the heading ("Tình hình tháng 5"), since "tình hình mới" runs through task headings too. */
const REVIEW = /^(?:đánh giá|tình hình|kết quả|kiểm điểm|nhìn lại|ưu điểm|tồn tại|hạn chế|nguyên nhân|bài học|thuận lợi|khó khăn|những việc đã làm)|đánh giá (?:kết quả|hoạt động|tình hình|việc|công tác)|kết quả (?:thực hiện|đạt được|công tác|hoạt động)|đã (?:làm được|thực hiện được|đạt được)|tình hình (?:thực hiện|hoạt động|tháng|quý|năm|chung)/iu;
/** At the head too: "đáp ứng yêu cầu tình hình mới" is a task heading's words. */
const PURPOSE = /^(?:các\s+)?(?:mục đích|yêu cầu|ý nghĩa|mục tiêu|quan điểm|đối tượng|thành phần|phạm vi|nguyên tắc)/iu;
const TASKS = /nhiệm vụ|giải pháp|nội dung|hoạt động|công tác|chương trình|biện pháp|tổ chức thực hiện|phân công|lịch|kinh phí|thời gian/iu;

const REVIEW_HEAD = /^(?:đánh giá|tình hình|kết quả|kiểm điểm|nhìn lại|ưu điểm|tồn tại|hạn chế|những việc đã làm)/iu;

export function zoneOf(heading: string): Zone | null {
  if (TARGETS.test(heading)) return 'targets';
  // "Kết quả thực hiện nhiệm vụ năm học …" looks back even though it names the year's tasks.
  if (REVIEW_HEAD.test(heading) && !/phương hướng|(?:tới|sau|tiếp theo)(?![\p{L}])/iu.test(heading)) return 'review';
  if (AHEAD.test(heading)) return 'tasks';
  if (REVIEW.test(heading)) return 'review';
  if (PURPOSE.test(heading) && !/nhiệm vụ|giải pháp/iu.test(heading)) return 'purpose';
  if (TASKS.test(heading)) return 'tasks';
  return null;
}
