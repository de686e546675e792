import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuthoringCourseListItem,
  CourseOutline,
  CoursePreview,
  QuestionView,
} from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { FileStorageService } from '../files/file-storage.service';
import { fileNotFound } from '../files/files.errors';
import { COVER_IMAGE } from '../files/upload-kinds';
import { CourseAccessService } from './course-access.service';
import { CourseOutlineQuery } from './course-outline.query';
import { Course } from './course.entity';
import { courseCodeTaken, invalidInput, nothingToPublish } from './courses.errors';
import type { CreateCourseDto } from './dto/create-course.dto';
import type { UpdateCourseDto } from './dto/update-course.dto';
import { Lesson } from './lesson.entity';
import { publishProblems } from './publish-checks';

const UNIQUE_VIOLATION = '23505';

const nfc = (text: string): string => text.normalize('NFC').trim();

/** Courses as authors see them: list, create, catalogue card, cover, publish, preview. */
@Injectable()
export class AuthoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly outlines: CourseOutlineQuery,
    private readonly files: FileStorageService,
    private readonly audit: AuditService,
  ) {}

  list(user: AuthUser): Promise<AuthoringCourseListItem[]> {
    return this.dataSource.query(
      `SELECT c.code, c.title, c.hours, c.status, c.self_enrol AS "selfEnrol",
         json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name) AS owner,
         (SELECT version_no FROM course_versions WHERE course_id = c.id AND status = 'published')
           AS "publishedVersionNo",
         (SELECT version_no FROM course_versions WHERE course_id = c.id AND status = 'draft')
           AS "draftVersionNo",
         to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
       FROM courses c JOIN users u ON u.id = c.owner_id
       WHERE $1::boolean OR c.owner_id = $2
       ORDER BY c.code`,
      [isDepartmentAdmin(user), user.id],
    );
  }

  async create(user: AuthUser, input: CreateCourseDto): Promise<CourseOutline> {
    const code = input.code.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const [taken] = await manager.query(`SELECT 1 FROM courses WHERE code = $1`, [code]);
      if (taken) throw courseCodeTaken(code);
      const course = await this.insertCourse(
        manager,
        manager.create(Course, {
          code,
          title: nfc(input.title),
          summary: nfc(input.summary),
          hours: input.hours,
          selfEnrol: input.selfEnrol,
          status: 'draft',
          ownerId: user.id,
        }),
      );
      await manager.query(
        `INSERT INTO course_versions (course_id, version_no, status) VALUES ($1, 1, 'draft')`,
        [course.id],
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'course.created',
          entityType: 'course',
          entityId: course.id,
          details: { code, title: course.title },
        },
        manager,
      );
      return this.outlines.outline(course, manager);
    });
  }

  /** Two authors racing for one code: the second gets 409, not a database error. */
  private async insertCourse(manager: EntityManager, course: Course): Promise<Course> {
    try {
      return await manager.save(course);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        throw courseCodeTaken(course.code);
      throw error;
    }
  }

  async outline(user: AuthUser, code: string): Promise<CourseOutline> {
    return this.outlines.outline(await this.access.course(user, code));
  }

  /** Catalogue fields are the course's own (not versioned): they change at once. */
  async update(user: AuthUser, code: string, input: UpdateCourseDto): Promise<CourseOutline> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.course(user, code, manager, true);
      const before = {
        title: course.title,
        summary: course.summary,
        hours: course.hours,
        selfEnrol: course.selfEnrol,
        status: course.status,
      };
      if (input.title !== undefined) course.title = nfc(input.title);
      if (input.summary !== undefined) course.summary = nfc(input.summary);
      if (input.hours !== undefined) course.hours = input.hours;
      if (input.selfEnrol !== undefined) course.selfEnrol = input.selfEnrol;
      if (input.status !== undefined) course.status = input.status;
      await manager.save(course);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'course.updated',
          entityType: 'course',
          entityId: course.id,
          details: { code: course.code, before, changes: { ...input } },
        },
        manager,
      );
      return this.outlines.outline(course, manager);
    });
  }

  async uploadCover(user: AuthUser, code: string, request: FastifyRequest): Promise<CourseOutline> {
    await this.access.course(user, code);
    const file = await this.files.receive(request, COVER_IMAGE, user.id);
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.course(user, code, manager, true);
      course.coverFileId = file.id;
      await manager.save(course);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'course.cover_uploaded',
          entityType: 'course',
          entityId: course.id,
          details: { code: course.code, fileId: file.id, sha256: file.sha256 },
        },
        manager,
      );
      return this.outlines.outline(course, manager);
    });
  }

  /** Freezes the draft: it becomes the published version, the previous one is superseded. */
  async publish(user: AuthUser, code: string): Promise<CourseOutline> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.course(user, code, manager, true);
      const version = await this.outlines.editableVersion(course.id, manager);
      if (version.status !== 'draft') throw nothingToPublish();
      const lessons = await manager.find(Lesson, { where: { courseVersionId: version.id } });
      const [{ bank }]: { bank: number }[] = await manager.query(
        `SELECT count(*)::int AS bank FROM questions WHERE course_version_id = $1`,
        [version.id],
      );
      const problems = publishProblems(lessons, bank);
      if (problems.length > 0) {
        throw invalidInput(
          'Chưa thể xuất bản khoá học',
          'The course cannot be published yet',
          problems,
        );
      }
      await manager.query(
        `UPDATE course_versions SET status = 'superseded'
         WHERE course_id = $1 AND status = 'published'`,
        [course.id],
      );
      await manager.query(
        `UPDATE course_versions SET status = 'published', published_at = now(), published_by = $2
         WHERE id = $1`,
        [version.id, user.id],
      );
      course.status = 'published';
      await manager.save(course);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'course.published',
          entityType: 'course',
          entityId: course.id,
          details: { code: course.code, versionNo: version.versionNo },
        },
        manager,
      );
      return this.outlines.outline(course, manager);
    });
  }

  async preview(user: AuthUser, code: string): Promise<CoursePreview> {
    const outline = await this.outline(user, code);
    const bank = await this.outlines.questions(outline.version.id);
    return {
      ...outline,
      questions: bank.map((question: QuestionView) => ({
        id: question.id,
        kind: question.kind,
        text: question.text,
        options: question.options.map(({ key, text }) => ({ key, text })),
      })),
    };
  }

  /** Streams a file of a course the caller may edit (cover or any version's lesson file). */
  async streamFile(
    user: AuthUser,
    fileId: string,
    range: string | undefined,
    reply: Parameters<FileStorageService['stream']>[2],
  ): Promise<void> {
    const owners: { ownerId: string }[] = await this.dataSource.query(
      `SELECT owner_id AS "ownerId" FROM courses WHERE cover_file_id = $1
       UNION
       SELECT c.owner_id FROM lessons l
       JOIN course_versions v ON v.id = l.course_version_id JOIN courses c ON c.id = v.course_id
       WHERE l.file_id = $1`,
      [fileId],
    );
    if (!owners.some((owner) => this.access.mayEdit(user, owner))) {
      throw fileNotFound();
    }
    await this.files.stream(fileId, range, reply);
  }
}
