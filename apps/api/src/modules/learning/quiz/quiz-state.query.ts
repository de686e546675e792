import { Injectable } from '@nestjs/common';
import type { AttemptSummary, QuizLessonState } from '@loa/contracts';
import type { EntityManager } from 'typeorm';
import type { LessonRow } from '../player/enrolment-access';

interface AttemptRow {
  id: string;
  attemptNo: number;
  scorePercent: string | null;
  passed: boolean | null;
  submittedAt: Date | null;
}

/** A quiz lesson as the learner sees it before starting: settings, best attempt, attempts left. */
@Injectable()
export class QuizStateQuery {
  async state(
    manager: EntityManager,
    enrolmentId: string,
    lesson: LessonRow,
  ): Promise<QuizLessonState> {
    const attempts: AttemptRow[] = await manager.query(
      `SELECT id, attempt_no AS "attemptNo", score_percent AS "scorePercent", passed,
              submitted_at AS "submittedAt"
         FROM quiz_attempts WHERE enrolment_id = $1 AND lesson_id = $2
        ORDER BY score_percent DESC NULLS LAST, attempt_no`,
      [enrolmentId, lesson.id],
    );
    const best = attempts.find((a) => a.submittedAt !== null);
    const limit = lesson.quiz_attempt_limit;
    return {
      settings: {
        questionCount: lesson.quiz_question_count ?? 0,
        passPercent: lesson.quiz_pass_percent ?? 0,
        attemptLimit: limit,
        timeLimitSeconds: lesson.quiz_time_limit_seconds,
        shuffle: lesson.quiz_shuffle,
      },
      bestAttempt: best ? summary(best) : null,
      openAttemptId: attempts.find((a) => a.submittedAt === null)?.id ?? null,
      attemptsUsed: attempts.length,
      attemptsLeft: limit === null ? null : Math.max(0, limit - attempts.length),
    };
  }
}

const summary = (a: AttemptRow): AttemptSummary => ({
  id: a.id,
  attemptNo: a.attemptNo,
  scorePercent: a.scorePercent === null ? null : Number(a.scorePercent),
  passed: a.passed,
  submittedAt: a.submittedAt ? a.submittedAt.toISOString() : null,
});
