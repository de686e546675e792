import { FileLinkToken } from './file-link-token';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  LearnerCourseOutline,
  LessonContent,
  OutlineSection,
  ProgressResult,
  ProgressUpdate,
} from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CompletionService } from '../completion.service';
import { learnerPersonId } from '../learner';
import { QuizStateQuery } from '../quiz/quiz-state.query';
import { EnrolmentAccess, LessonRow } from './enrolment-access';
import { lessonStates, resumeLesson } from './lesson-states.query';

type OutlineHead = Omit<LearnerCourseOutline, 'sections' | 'resumeLessonId' | 'progress'> & {
  progress: string;
};

/** A lesson file's link for the player: signed for this learner, so <video> and <iframe> can use it. */
export const signedFileUrl = (fileId: string, token: string): string =>
  `/api/learn/files/${fileId}/stream?t=${encodeURIComponent(token)}`;

/** The lesson player: the outline to navigate, each lesson's content, progress as one goes. */
@Injectable()
export class PlayerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EnrolmentAccess,
    private readonly completion: CompletionService,
    private readonly quizState: QuizStateQuery,
    private readonly links: FileLinkToken,
  ) {}

  async outline(user: AuthUser, courseCode: string): Promise<LearnerCourseOutline> {
    const enrolment = await this.access.open(learnerPersonId(user), courseCode);
    const [head]: OutlineHead[] = await this.dataSource.query(
      `SELECT c.code, c.title, c.summary, c.hours, v.version_no AS "versionNo", e.status,
              e.progress, e.due_on::text AS "dueOn", cc.completed_on::text AS "completedOn"
         FROM enrolments e JOIN courses c ON c.id = e.course_id
         JOIN course_versions v ON v.id = e.course_version_id
         LEFT JOIN course_completions cc ON cc.enrolment_id = e.id
        WHERE e.id = $1`,
      [enrolment.id],
    );
    const states = await lessonStates(
      this.dataSource.manager,
      enrolment.id,
      enrolment.courseVersionId,
    );
    const sections: OutlineSection[] = [];
    for (const row of states) {
      let section = sections.at(-1);
      if (section?.id !== row.sectionId) {
        section = { id: row.sectionId, title: row.sectionTitle, lessons: [] };
        sections.push(section);
      }
      const { sectionId: _s, sectionTitle: _t, ...lesson } = row;
      section.lessons.push(lesson);
    }
    return {
      ...head,
      progress: Number(head.progress),
      resumeLessonId: resumeLesson(states, enrolment.lastLessonId),
      sections,
    };
  }

  async lesson(user: AuthUser, courseCode: string, lessonId: string): Promise<LessonContent> {
    const enrolment = await this.access.open(learnerPersonId(user), courseCode);
    const lesson = await this.access.lesson(enrolment, lessonId);
    const states = await lessonStates(
      this.dataSource.manager,
      enrolment.id,
      enrolment.courseVersionId,
    );
    const state = states.find((s) => s.id === lesson.id)!;
    return {
      id: lesson.id,
      kind: lesson.kind,
      title: lesson.title,
      required: lesson.required,
      status: state.status,
      position: state.position,
      bodyHtml: lesson.kind === 'text' ? lesson.body_html : null,
      url: this.urlOf(lesson, enrolment.personId),
      quiz:
        lesson.kind === 'quiz'
          ? await this.quizState.state(this.dataSource.manager, enrolment.id, lesson)
          : null,
    };
  }

  /**
   * Records where the learner is: the position only moves forward, a lesson once done stays
   * done (a quiz is done only by passing it), then progress and completion are recomputed.
   */
  async recordProgress(
    user: AuthUser,
    courseCode: string,
    lessonId: string,
    update: ProgressUpdate,
  ): Promise<ProgressResult> {
    const enrolment = await this.access.open(learnerPersonId(user), courseCode);
    const lesson = await this.access.lesson(enrolment, lessonId);
    const completes = lesson.kind !== 'quiz' && update.completed === true;
    const settled = await this.dataSource.transaction(async (manager) => {
      await this.access.lock(manager, enrolment.id);
      await manager.query(
        `INSERT INTO lesson_progress (enrolment_id, lesson_id, position, completed_at, updated_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, now())
         ON CONFLICT (enrolment_id, lesson_id) DO UPDATE
            SET position = GREATEST(lesson_progress.position, EXCLUDED.position),
                completed_at = COALESCE(lesson_progress.completed_at, EXCLUDED.completed_at),
                updated_at = now()`,
        [enrolment.id, lesson.id, update.position, completes],
      );
      await manager.query(
        `UPDATE enrolments SET last_lesson_id = $2, updated_at = now() WHERE id = $1`,
        [enrolment.id, lesson.id],
      );
      return this.completion.settle(manager, enrolment.id, user.id);
    });
    const states = await lessonStates(
      this.dataSource.manager,
      enrolment.id,
      enrolment.courseVersionId,
    );
    const state = states.find((s) => s.id === lesson.id)!;
    return {
      lessonStatus: state.status,
      position: state.position,
      progress: settled.progress,
      status: settled.status,
      completedOn: settled.completedOn,
    };
  }

  private urlOf(lesson: LessonRow, personId: string): string | null {
    if (lesson.kind !== 'video' && lesson.kind !== 'document') return null;
    return lesson.file_id
      ? signedFileUrl(lesson.file_id, this.links.sign(lesson.file_id, personId))
      : lesson.external_url;
  }
}
