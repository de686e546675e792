import { Injectable } from '@nestjs/common';
import type { AuthoringLesson, CourseOutline } from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { FileStorageService } from '../files/file-storage.service';
import { LESSON_DOCUMENT, LESSON_VIDEO } from '../files/upload-kinds';
import { CourseAccessService } from './course-access.service';
import { CourseDraftService, Draft } from './course-draft.service';
import { CourseOutlineQuery, toLesson } from './course-outline.query';
import type { Course } from './course.entity';
import { invalidInput } from './courses.errors';
import type { CreateLessonDto, UpdateLessonDto } from './dto/lesson.dto';
import type { OutlineOrderDto } from './dto/outline-order.dto';
import { applyLessonFields, assertLessonComplete } from './lesson-fields';
import { Lesson } from './lesson.entity';

const nextPosition = async (
  manager: EntityManager,
  table: 'course_sections' | 'lessons',
  column: 'course_version_id' | 'section_id',
  parentId: string,
): Promise<number> => {
  const [{ next }]: { next: number }[] = await manager.query(
    `SELECT COALESCE(MAX(position), 0) + 1 AS next FROM ${table} WHERE ${column} = $1`,
    [parentId],
  );
  return next;
};

/** Sections and lessons of a course's draft: add, rename, edit, delete, reorder, attach files. */
@Injectable()
export class OutlineEditorService {
  constructor(
    private readonly drafts: CourseDraftService,
    private readonly access: CourseAccessService,
    private readonly outlines: CourseOutlineQuery,
    private readonly files: FileStorageService,
    private readonly audit: AuditService,
  ) {}

  addSection(user: AuthUser, code: string, title: string): Promise<CourseOutline> {
    return this.drafts.editCourse(user, code, async (manager, course, draft) => {
      const position = await nextPosition(
        manager,
        'course_sections',
        'course_version_id',
        draft.versionId,
      );
      const [section]: { id: string }[] = await manager.query(
        `INSERT INTO course_sections (course_version_id, position, title) VALUES ($1, $2, $3)
         RETURNING id`,
        [draft.versionId, position, title.normalize('NFC').trim()],
      );
      await this.record(manager, user, course, draft, 'course.section_added', {
        sectionId: section.id,
        title,
      });
      return this.outlines.outline(course, manager);
    });
  }

  renameSection(user: AuthUser, sectionId: string, title: string): Promise<CourseOutline> {
    return this.drafts.editItem(user, 'section', sectionId, async (manager, course, draft, id) => {
      await manager.query(`UPDATE course_sections SET title = $2 WHERE id = $1`, [
        id,
        title.normalize('NFC').trim(),
      ]);
      await this.record(manager, user, course, draft, 'course.section_renamed', {
        sectionId: id,
        title,
      });
      return this.outlines.outline(course, manager);
    });
  }

  deleteSection(user: AuthUser, sectionId: string): Promise<CourseOutline> {
    return this.drafts.editItem(user, 'section', sectionId, async (manager, course, draft, id) => {
      const lessons: { id: string }[] = await manager.query(
        `DELETE FROM lessons WHERE section_id = $1 RETURNING id`,
        [id],
      );
      await manager.query(`DELETE FROM course_sections WHERE id = $1`, [id]);
      await this.record(manager, user, course, draft, 'course.section_deleted', {
        sectionId: id,
        lessonIds: lessons.map((lesson) => lesson.id),
      });
      return this.outlines.outline(course, manager);
    });
  }

  addLesson(user: AuthUser, sectionId: string, input: CreateLessonDto): Promise<AuthoringLesson> {
    return this.drafts.editItem(user, 'section', sectionId, async (manager, course, draft, id) => {
      const lesson = manager.create(Lesson, {
        courseVersionId: draft.versionId,
        sectionId: id,
        position: await nextPosition(manager, 'lessons', 'section_id', id),
        kind: input.kind,
        title: '',
        required: true,
        durationMinutes: null,
        bodyHtml: null,
        fileId: null,
        externalUrl: null,
        quizQuestionCount: null,
        quizShuffle: false,
        quizPassPercent: null,
        quizAttemptLimit: null,
        quizTimeLimitSeconds: null,
      });
      const { kind: _kind, ...fields } = input;
      applyLessonFields(lesson, fields);
      assertLessonComplete(lesson);
      const saved = await manager.save(lesson);
      await this.record(manager, user, course, draft, 'course.lesson_added', {
        lessonId: saved.id,
        kind: saved.kind,
        title: saved.title,
      });
      return this.lessonView(manager, saved.id);
    });
  }

  updateLesson(user: AuthUser, lessonId: string, input: UpdateLessonDto): Promise<AuthoringLesson> {
    return this.drafts.editItem(user, 'lesson', lessonId, async (manager, course, draft, id) => {
      const lesson = await manager.findOneByOrFail(Lesson, { id });
      applyLessonFields(lesson, input);
      await manager.save(lesson);
      await this.record(manager, user, course, draft, 'course.lesson_updated', {
        lessonId: id,
        fields: Object.keys(input),
      });
      return this.lessonView(manager, id);
    });
  }

  deleteLesson(user: AuthUser, lessonId: string): Promise<CourseOutline> {
    return this.drafts.editItem(user, 'lesson', lessonId, async (manager, course, draft, id) => {
      await manager.query(`DELETE FROM lessons WHERE id = $1`, [id]);
      await this.record(manager, user, course, draft, 'course.lesson_deleted', { lessonId: id });
      return this.outlines.outline(course, manager);
    });
  }

  /** Uploads the lesson's video (MP4/WebM) or document (PDF), streamed to disk first. */
  async attachFile(
    user: AuthUser,
    lessonId: string,
    request: FastifyRequest,
  ): Promise<AuthoringLesson> {
    const { kind } = await this.access.lessonKind(user, lessonId);
    if (kind !== 'video' && kind !== 'document') {
      throw invalidInput(
        'Chỉ bài học video hoặc tài liệu mới có tệp đính kèm',
        'Only video and document lessons take a file',
      );
    }
    const file = await this.files.receive(
      request,
      kind === 'video' ? LESSON_VIDEO : LESSON_DOCUMENT,
      user.id,
    );
    return this.drafts.editItem(user, 'lesson', lessonId, async (manager, course, draft, id) => {
      await manager.query(`UPDATE lessons SET file_id = $2, external_url = NULL WHERE id = $1`, [
        id,
        file.id,
      ]);
      await this.record(manager, user, course, draft, 'course.lesson_file_uploaded', {
        lessonId: id,
        fileId: file.id,
        sha256: file.sha256,
        sizeBytes: file.sizeBytes,
      });
      return this.lessonView(manager, id);
    });
  }

  /** Puts every section and lesson of the version in the given order, moving lessons between sections. */
  reorder(user: AuthUser, code: string, order: OutlineOrderDto): Promise<CourseOutline> {
    return this.drafts.editCourse(user, code, async (manager, course, draft) => {
      const [{ sectionIds, lessonIds }]: { sectionIds: string[]; lessonIds: string[] }[] =
        await manager.query(
          `SELECT
             ARRAY(SELECT id FROM course_sections WHERE course_version_id = $1) AS "sectionIds",
             ARRAY(SELECT id FROM lessons WHERE course_version_id = $1) AS "lessonIds"`,
          [draft.versionId],
        );
      const map = new Map([...(draft.ids?.sections ?? []), ...(draft.ids?.lessons ?? [])]);
      const givenSections = order.sections.map((s) => map.get(s.id) ?? s.id);
      const givenLessons = order.sections.flatMap((s) => s.lessonIds.map((l) => map.get(l) ?? l));
      if (!sameSet(givenSections, sectionIds) || !sameSet(givenLessons, lessonIds)) {
        throw invalidInput(
          'Thứ tự phải liệt kê đúng mỗi chương và mỗi bài học của khoá học một lần',
          'The order must list every section and lesson of the course exactly once',
        );
      }
      await manager.query(
        `UPDATE course_sections s SET position = m.position
         FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, position) WHERE s.id = m.id`,
        [givenSections],
      );
      const rows = order.sections.flatMap((s) =>
        s.lessonIds.map((l, index) => ({
          id: map.get(l) ?? l,
          section: map.get(s.id) ?? s.id,
          position: index + 1,
        })),
      );
      await manager.query(
        `UPDATE lessons l SET section_id = m.section_id, position = m.position
         FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS m(id, section_id, position)
         WHERE l.id = m.id`,
        [rows.map((r) => r.id), rows.map((r) => r.section), rows.map((r) => r.position)],
      );
      await this.record(manager, user, course, draft, 'course.outline_reordered', {
        sections: order.sections.length,
        lessons: rows.length,
      });
      return this.outlines.outline(course, manager);
    });
  }

  private async lessonView(manager: EntityManager, lessonId: string): Promise<AuthoringLesson> {
    return toLesson(await manager.findOneByOrFail(Lesson, { id: lessonId }));
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    course: Course,
    draft: Draft,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: user.id,
        action,
        entityType: 'course',
        entityId: course.id,
        details: { code: course.code, versionNo: draft.versionNo, ...details },
      },
      manager,
    );
  }
}

const sameSet = (given: string[], actual: string[]): boolean =>
  given.length === actual.length &&
  new Set(given).size === given.length &&
  actual.every((id) => given.includes(id));
