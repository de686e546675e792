import type { ErrorDetail } from '@loa/contracts';
import type { Lesson } from './lesson.entity';

/** Why a draft cannot be published yet (empty when it can). */
export function publishProblems(lessons: Lesson[], bankSize: number): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (lessons.length === 0) {
    problems.push({ code: 'no_lessons', message: 'Khoá học cần ít nhất một bài học' });
  }
  for (const lesson of lessons) {
    const at = { field: `lessons.${lesson.id}` };
    if (lesson.kind === 'quiz' && (lesson.quizQuestionCount ?? 0) > bankSize) {
      problems.push({
        ...at,
        code: 'quiz_bank_too_small',
        message: `Bài kiểm tra "${lesson.title}" lấy ${lesson.quizQuestionCount} câu hỏi nhưng ngân hàng chỉ có ${bankSize} câu`,
      });
    }
    const pass = lesson.quizPassPercent;
    if (lesson.kind === 'quiz' && (pass === null || pass < 0 || pass > 100)) {
      problems.push({
        ...at,
        code: 'quiz_pass_percent',
        message: `Bài kiểm tra "${lesson.title}" cần điểm đạt từ 0 đến 100%`,
      });
    }
    if (lesson.kind === 'video' && !lesson.fileId && !lesson.externalUrl) {
      problems.push({
        ...at,
        code: 'video_missing',
        message: `Bài học "${lesson.title}" chưa có video (tệp tải lên hoặc đường dẫn)`,
      });
    }
    if (lesson.kind === 'document' && !lesson.fileId) {
      problems.push({
        ...at,
        code: 'document_missing',
        message: `Bài học "${lesson.title}" chưa có tệp PDF`,
      });
    }
  }
  return problems;
}
