import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuthoringLesson,
  AuthoringSection,
  CourseOutline,
  CourseVersionStatus,
  QuestionView,
} from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Course } from './course.entity';
import { Lesson } from './lesson.entity';

interface VersionRow {
  id: string;
  versionNo: number;
  status: CourseVersionStatus;
}

/** A lesson as the outline shows it (only the fields its kind uses). */
export const toLesson = (lesson: Lesson): AuthoringLesson => ({
  id: lesson.id,
  kind: lesson.kind,
  title: lesson.title,
  required: lesson.required,
  position: lesson.position,
  durationMinutes: lesson.durationMinutes,
  ...(lesson.bodyHtml !== null ? { bodyHtml: lesson.bodyHtml } : {}),
  ...(lesson.fileId ? { fileId: lesson.fileId } : {}),
  ...(lesson.externalUrl ? { externalUrl: lesson.externalUrl } : {}),
  ...(lesson.kind === 'quiz'
    ? {
        quiz: {
          questionCount: lesson.quizQuestionCount ?? 0,
          shuffle: lesson.quizShuffle,
          passPercent: lesson.quizPassPercent ?? 0,
          attemptLimit: lesson.quizAttemptLimit,
          timeLimitSeconds: lesson.quizTimeLimitSeconds,
        },
      }
    : {}),
});

/** Reads a course version's outline and question bank, in order. */
@Injectable()
export class CourseOutlineQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The version an author edits: the draft if any, else the published one, else the latest. */
  async editableVersion(
    courseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VersionRow> {
    const [row]: VersionRow[] = await manager.query(
      `SELECT id, version_no AS "versionNo", status FROM course_versions WHERE course_id = $1
       ORDER BY CASE status WHEN 'draft' THEN 0 WHEN 'published' THEN 1 ELSE 2 END, version_no DESC
       LIMIT 1`,
      [courseId],
    );
    return row;
  }

  async outline(
    course: Course,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CourseOutline> {
    const version = await this.editableVersion(course.id, manager);
    const [published]: { versionNo: number }[] = await manager.query(
      `SELECT version_no AS "versionNo" FROM course_versions WHERE course_id = $1 AND status = 'published'`,
      [course.id],
    );
    const sections: { id: string; title: string; position: number }[] = await manager.query(
      `SELECT id, title, position FROM course_sections WHERE course_version_id = $1
       ORDER BY position, id`,
      [version.id],
    );
    const lessons = await manager.find(Lesson, {
      where: { courseVersionId: version.id },
      order: { position: 'ASC', id: 'ASC' },
    });
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM questions WHERE course_version_id = $1`,
      [version.id],
    );
    const bySection = (sectionId: string): AuthoringLesson[] =>
      lessons.filter((lesson) => lesson.sectionId === sectionId).map(toLesson);
    return {
      code: course.code,
      title: course.title,
      summary: course.summary,
      hours: course.hours,
      status: course.status,
      selfEnrol: course.selfEnrol,
      coverFileId: course.coverFileId,
      version: { id: version.id, versionNo: version.versionNo, status: version.status },
      publishedVersionNo: published?.versionNo ?? null,
      sections: sections.map((section): AuthoringSection => ({
        ...section,
        lessons: bySection(section.id),
      })),
      questionCount: count,
    };
  }

  async questions(
    versionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<QuestionView[]> {
    return manager.query(
      `SELECT id, position, kind, text, options, explanation FROM questions
       WHERE course_version_id = $1 ORDER BY position, id`,
      [versionId],
    );
  }
}
