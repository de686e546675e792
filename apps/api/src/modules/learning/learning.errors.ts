import { DomainError, notFound } from '../../common/domain-error';

export const courseNotFound = (): DomainError =>
  notFound('Không tìm thấy khóa học', 'Course not found');

export const lessonNotFound = (): DomainError =>
  notFound('Không tìm thấy bài học', 'Lesson not found');

export const attemptNotFound = (): DomainError =>
  notFound('Không tìm thấy lượt làm bài', 'Quiz attempt not found');

export const fileNotFound = (): DomainError => notFound('Không tìm thấy tệp', 'File not found');

export const personNotFound = (): DomainError =>
  notFound('Không tìm thấy cán bộ', 'Person not found');

export const notAQuiz = (): DomainError =>
  new DomainError('CONFLICT', 'Bài học này không phải bài kiểm tra', 'This lesson is not a quiz');

export const attemptLimitReached = (limit: number): DomainError =>
  new DomainError(
    'CONFLICT',
    `Bạn đã dùng hết ${limit} lượt làm bài kiểm tra này`,
    `You have used all ${limit} attempts at this quiz`,
  );

export const attemptAlreadySubmitted = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Bài làm đã được nộp, không thể sửa câu trả lời',
    'This attempt has been submitted; its answers can no longer change',
  );

export const attemptTimeOver = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Đã hết thời gian làm bài; bài được chấm theo các câu trả lời đã lưu trước khi hết giờ',
    'Time is up; the attempt is scored with the answers saved before the deadline',
  );

export const answerNotInAttempt = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Câu trả lời không thuộc bài làm này',
    'An answer does not belong to this attempt',
  );
