import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttemptResult, EnrolmentStatus, QuizAttemptView, SavedAnswers } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import type { DomainError } from '../../../common/domain-error';
import { queryPrepared } from '../../../common/prepared-query';
import { CompletionService } from '../completion.service';
import { learnerPersonId } from '../learner';
import {
  answerNotInAttempt,
  attemptAlreadySubmitted,
  attemptLimitReached,
  attemptNotFound,
  attemptTimeOver,
  notAQuiz,
} from '../learning.errors';
import { EnrolmentAccess, LessonRow } from '../player/enrolment-access';
import {
  BankQuestion,
  DEADLINE_GRACE_SECONDS,
  scoreAttempt,
  toAttemptQuestion,
} from './quiz-scoring';

interface AttemptRow {
  id: string;
  enrolment_id: string;
  lesson_id: string;
  attempt_no: number;
  question_ids: string[];
  answers: Record<string, string[]>;
  started_at: Date;
  deadline_at: Date | null;
  submitted_at: Date | null;
  /** The deadline (plus grace) has passed by the database clock. */
  expired: boolean;
}

const ATTEMPT_COLUMNS = `qa.id, qa.enrolment_id, qa.lesson_id, qa.attempt_no, qa.question_ids,
  qa.answers, qa.started_at, qa.deadline_at, qa.submitted_at,
  (qa.deadline_at IS NOT NULL
   AND now() > qa.deadline_at + make_interval(secs => ${DEADLINE_GRACE_SECONDS})) AS expired`;

/**
 * The autosave: one statement, run as a prepared statement (planned once per connection, past
 * TypeORM's query runner), since every learner sends one per answered question.
 */
const MERGE_ANSWERS = `UPDATE quiz_attempts qa SET answers = qa.answers || $3::jsonb
  WHERE qa.id = $1 AND qa.question_ids @> $4::uuid[]
    AND qa.submitted_at IS NULL
    AND (qa.deadline_at IS NULL
         OR now() <= qa.deadline_at + make_interval(secs => ${DEADLINE_GRACE_SECONDS}))
    AND EXISTS (SELECT 1 FROM enrolments e WHERE e.id = qa.enrolment_id AND e.person_id = $2)
  RETURNING qa.id, qa.answers, qa.deadline_at`;

const LESSON_COLUMNS = `l.id, l.kind, l.title, l.required, l.body_html, l.file_id, l.external_url,
  l.quiz_question_count, l.quiz_shuffle, l.quiz_pass_percent, l.quiz_attempt_limit,
  l.quiz_time_limit_seconds`;

/**
 * Quiz attempts. Starting draws the questions (the open attempt is returned instead if there is
 * one); answers autosave until the deadline; submitting scores exactly once — the enrolment and
 * the attempt are locked and the write is `UPDATE … WHERE submitted_at IS NULL`, so double
 * clicks, retries and two tabs all get the one recorded result.
 *
 * After the deadline (server clock, 5 s grace) a submission is refused with 409 and the attempt
 * is closed with the answers saved before the deadline: it counts, scored on those answers, and
 * asking again returns that result.
 */
@Injectable()
export class QuizService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EnrolmentAccess,
    private readonly completion: CompletionService,
  ) {}

  async start(user: AuthUser, courseCode: string, lessonId: string): Promise<QuizAttemptView> {
    const enrolment = await this.access.open(learnerPersonId(user), courseCode);
    const lesson = await this.access.lesson(enrolment, lessonId);
    if (lesson.kind !== 'quiz') throw notAQuiz();
    return this.dataSource.transaction(async (manager) => {
      await this.access.lock(manager, enrolment.id);
      const attempts: AttemptRow[] = await manager.query(
        `SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts qa
          WHERE qa.enrolment_id = $1 AND qa.lesson_id = $2 ORDER BY qa.attempt_no`,
        [enrolment.id, lesson.id],
      );
      for (const stale of attempts.filter((a) => !a.submitted_at && a.expired)) {
        await this.finalise(manager, stale, lesson, stale.answers, user.id);
      }
      const open = attempts.find((a) => !a.submitted_at && !a.expired);
      if (open) return this.view(manager, open, lesson);
      const limit = lesson.quiz_attempt_limit;
      if (limit !== null && attempts.length >= limit) throw attemptLimitReached(limit);
      const [created]: AttemptRow[] = await manager.query(
        `WITH drawn AS (
           SELECT array_agg(q.id ORDER BY q.pick) AS ids FROM (
             SELECT id, CASE WHEN $4 THEN random() ELSE position END AS pick
               FROM questions WHERE course_version_id = $3
              ORDER BY pick LIMIT $5) q)
         INSERT INTO quiz_attempts AS qa (enrolment_id, lesson_id, attempt_no, question_ids, deadline_at)
         SELECT $1, $2, $6, COALESCE(drawn.ids, '{}'),
                now() + make_interval(secs => $7::int)
           FROM drawn
         RETURNING ${ATTEMPT_COLUMNS}`,
        [
          enrolment.id,
          lesson.id,
          enrolment.courseVersionId,
          lesson.quiz_shuffle,
          lesson.quiz_question_count,
          attempts.length + 1,
          lesson.quiz_time_limit_seconds,
        ],
      );
      return this.view(manager, created, lesson);
    });
  }

  /**
   * Autosave: merges the answers into the open attempt in one statement that also checks the
   * owner, the drawn questions, the submission and the deadline (database clock, with grace).
   * Only when nothing was written does a second look find out why (404, 400 or 409).
   */
  async saveAnswers(
    user: AuthUser,
    attemptId: string,
    answers: Record<string, string[]>,
  ): Promise<SavedAnswers> {
    const personId = learnerPersonId(user);
    const saved =
      isUuid(attemptId) && Object.keys(answers).every(isUuid) && answerListsWellFormed(answers)
        ? await this.mergeAnswers(attemptId, personId, answers)
        : undefined;
    if (!saved) throw await this.saveRefusal(user, attemptId, answers);
    return {
      id: saved.id,
      deadlineAt: saved.deadline_at?.toISOString() ?? null,
      answers: saved.answers,
    };
  }

  private async mergeAnswers(
    attemptId: string,
    personId: string,
    answers: Record<string, string[]>,
  ): Promise<Pick<AttemptRow, 'id' | 'answers' | 'deadline_at'> | undefined> {
    const [row] = await queryPrepared<Pick<AttemptRow, 'id' | 'answers' | 'deadline_at'>>(
      this.dataSource,
      'quiz-merge-answers',
      MERGE_ANSWERS,
      [attemptId, personId, JSON.stringify(answers), Object.keys(answers)],
    );
    return row;
  }

  /** Why a save wrote nothing: not the caller's attempt, an answer outside it, submitted, late. */
  private async saveRefusal(
    user: AuthUser,
    attemptId: string,
    answers: Record<string, string[]>,
  ): Promise<DomainError> {
    const attempt = await this.find(this.dataSource.manager, user, attemptId);
    assertAnswersFit(attempt, answers);
    return attempt.submitted_at ? attemptAlreadySubmitted() : attemptTimeOver();
  }

  async submit(
    user: AuthUser,
    attemptId: string,
    answers: Record<string, string[]> | undefined,
  ): Promise<AttemptResult> {
    const found = await this.find(this.dataSource.manager, user, attemptId);
    if (answers) assertAnswersFit(found, answers);
    const { result, refused } = await this.dataSource.transaction(async (manager) => {
      await this.access.lock(manager, found.enrolment_id);
      const [attempt]: AttemptRow[] = await manager.query(
        `SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts qa WHERE qa.id = $1 FOR UPDATE`,
        [found.id],
      );
      const lesson = await this.lessonOf(attempt, manager);
      if (attempt.submitted_at) {
        return { result: await this.resultOf(manager, attempt, lesson), refused: false };
      }
      const final = attempt.expired ? attempt.answers : { ...attempt.answers, ...answers };
      await this.finalise(manager, attempt, lesson, final, user.id);
      const [closed]: AttemptRow[] = await manager.query(
        `SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts qa WHERE qa.id = $1`,
        [attempt.id],
      );
      return { result: await this.resultOf(manager, closed, lesson), refused: attempt.expired };
    });
    if (refused) throw attemptTimeOver();
    return result;
  }

  /** Scores and closes an open attempt; passing marks the lesson done and settles the course. */
  private async finalise(
    manager: EntityManager,
    attempt: AttemptRow,
    lesson: LessonRow,
    answers: Record<string, string[]>,
    actorUserId: string,
  ): Promise<void> {
    const bank = await this.questions(manager, attempt.question_ids);
    const score = scoreAttempt(bank, answers, lesson.quiz_pass_percent ?? 0);
    const closed: unknown[] = await manager.query(
      `UPDATE quiz_attempts SET answers = $2, submitted_at = now(), score_percent = $3, passed = $4
        WHERE id = $1 AND submitted_at IS NULL RETURNING id`,
      [attempt.id, JSON.stringify(answers), score.scorePercent, score.passed],
    );
    if (closed.length === 0 || !score.passed) return;
    await manager.query(
      `INSERT INTO lesson_progress (enrolment_id, lesson_id, position, completed_at, updated_at)
       VALUES ($1, $2, 1, now(), now())
       ON CONFLICT (enrolment_id, lesson_id) DO UPDATE
          SET completed_at = COALESCE(lesson_progress.completed_at, now()), updated_at = now()`,
      [attempt.enrolment_id, attempt.lesson_id],
    );
    await this.completion.settle(manager, attempt.enrolment_id, actorUserId);
  }

  private async resultOf(
    manager: EntityManager,
    attempt: AttemptRow,
    lesson: LessonRow,
  ): Promise<AttemptResult> {
    const bank = await this.questions(manager, attempt.question_ids);
    const score = scoreAttempt(bank, attempt.answers, lesson.quiz_pass_percent ?? 0);
    const [course]: { status: EnrolmentStatus; completed_on: string | null }[] =
      await manager.query(
        `SELECT e.status, cc.completed_on::text FROM enrolments e
           LEFT JOIN course_completions cc ON cc.enrolment_id = e.id WHERE e.id = $1`,
        [attempt.enrolment_id],
      );
    const graceMs = DEADLINE_GRACE_SECONDS * 1000;
    return {
      id: attempt.id,
      attemptNo: attempt.attempt_no,
      submittedAt: attempt.submitted_at!.toISOString(),
      scorePercent: score.scorePercent,
      passed: score.passed,
      late:
        attempt.deadline_at !== null &&
        attempt.submitted_at!.getTime() > attempt.deadline_at.getTime() + graceMs,
      questions: score.results,
      courseStatus: course.status,
      completedOn: course.completed_on,
    };
  }

  private async view(
    manager: EntityManager,
    attempt: AttemptRow,
    lesson: LessonRow,
  ): Promise<QuizAttemptView> {
    const bank = await this.questions(manager, attempt.question_ids);
    return {
      id: attempt.id,
      attemptNo: attempt.attempt_no,
      startedAt: attempt.started_at.toISOString(),
      deadlineAt: attempt.deadline_at?.toISOString() ?? null,
      submittedAt: attempt.submitted_at?.toISOString() ?? null,
      questions: bank.map((q) => toAttemptQuestion(q, attempt.id, lesson.quiz_shuffle)),
      answers: attempt.answers,
    };
  }

  /** The attempt, if it is the caller's own; anyone else's is 404. */
  private async find(manager: EntityManager, user: AuthUser, attemptId: string) {
    const personId = learnerPersonId(user);
    if (!isUuid(attemptId)) throw attemptNotFound();
    const [attempt]: AttemptRow[] = await manager.query(
      `SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts qa
         JOIN enrolments e ON e.id = qa.enrolment_id
        WHERE qa.id = $1 AND e.person_id = $2`,
      [attemptId, personId],
    );
    if (!attempt) throw attemptNotFound();
    return attempt;
  }

  private async lessonOf(attempt: AttemptRow, manager?: EntityManager): Promise<LessonRow> {
    const [lesson]: LessonRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${LESSON_COLUMNS} FROM lessons l WHERE l.id = $1`,
      [attempt.lesson_id],
    );
    return lesson;
  }

  /** The drawn questions, in the order drawn. */
  private async questions(manager: EntityManager, ids: string[]): Promise<BankQuestion[]> {
    const rows: BankQuestion[] = await manager.query(
      `SELECT q.id, q.kind, q.text, q.options, q.explanation
         FROM unnest($1::uuid[]) WITH ORDINALITY AS drawn(id, n)
         JOIN questions q ON q.id = drawn.id ORDER BY drawn.n`,
      [ids],
    );
    return rows;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed id: compared as a uuid, so that lookups use the indexes (`id::text` cannot). */
const isUuid = (value: string): boolean => UUID.test(value);

/** Every answer is a list of option keys (strings). */
function answerListsWellFormed(answers: Record<string, string[]>): boolean {
  return Object.values(answers).every(
    (keys) => Array.isArray(keys) && keys.every((k) => typeof k === 'string'),
  );
}

function assertAnswersFit(attempt: AttemptRow, answers: Record<string, string[]>): void {
  const drawn = new Set(attempt.question_ids);
  const outside = Object.keys(answers).some((questionId) => !drawn.has(questionId));
  if (outside || !answerListsWellFormed(answers)) throw answerNotInAttempt();
}
