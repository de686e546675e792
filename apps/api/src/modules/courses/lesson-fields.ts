import type { LessonKind } from '@loa/contracts';
import type { UpdateLessonDto } from './dto/lesson.dto';
import { invalidInput } from './courses.errors';
import type { Lesson } from './lesson.entity';
import { sanitizeLessonHtml } from './lesson-html.sanitizer';

const wrongField = (field: string, kind: LessonKind) =>
  invalidInput(
    `Trường "${field}" không dùng cho bài học loại ${kind}`,
    `Field "${field}" does not apply to a ${kind} lesson`,
    [{ field, code: 'not_for_kind', message: `Trường "${field}" không dùng cho loại bài học này` }],
  );

/**
 * Applies a lesson's fields as its kind allows: text has a (sanitised) body, video an external
 * link (or an uploaded file), quiz its settings; fields of another kind are refused.
 */
export function applyLessonFields(lesson: Lesson, input: UpdateLessonDto): void {
  const kind = lesson.kind;
  if (input.bodyHtml !== undefined && kind !== 'text') throw wrongField('bodyHtml', kind);
  if (input.externalUrl !== undefined && kind !== 'video') throw wrongField('externalUrl', kind);
  if (input.quiz !== undefined && kind !== 'quiz') throw wrongField('quiz', kind);
  if (input.title !== undefined) lesson.title = input.title.normalize('NFC').trim();
  if (input.required !== undefined) lesson.required = input.required;
  if (input.durationMinutes !== undefined) lesson.durationMinutes = input.durationMinutes;
  if (input.bodyHtml !== undefined) lesson.bodyHtml = sanitizeLessonHtml(input.bodyHtml);
  if (input.externalUrl !== undefined) {
    lesson.externalUrl = input.externalUrl;
    if (input.externalUrl) lesson.fileId = null;
  }
  if (input.quiz !== undefined) {
    lesson.quizQuestionCount = input.quiz.questionCount;
    lesson.quizShuffle = input.quiz.shuffle;
    lesson.quizPassPercent = input.quiz.passPercent;
    lesson.quizAttemptLimit = input.quiz.attemptLimit;
    lesson.quizTimeLimitSeconds = input.quiz.timeLimitSeconds;
  }
}

export function assertLessonComplete(lesson: Lesson): void {
  if (lesson.kind === 'text' && lesson.bodyHtml === null) lesson.bodyHtml = '';
  if (lesson.kind === 'quiz' && lesson.quizQuestionCount === null) {
    throw invalidInput('Bài kiểm tra cần thiết lập "quiz"', 'A quiz lesson needs "quiz" settings', [
      {
        field: 'quiz',
        code: 'isNotEmpty',
        message: 'Bài kiểm tra cần thiết lập số câu hỏi, điểm đạt',
      },
    ]);
  }
}
