import { Injectable } from '@nestjs/common';
import type { QuestionView } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { CourseAccessService } from './course-access.service';
import { CourseDraftService, Draft } from './course-draft.service';
import { CourseOutlineQuery } from './course-outline.query';
import type { Course } from './course.entity';
import { invalidInput } from './courses.errors';
import type { QuestionDto } from './dto/question.dto';
import { questionProblems } from './question-rules';

const normalised = (input: QuestionDto) => ({
  kind: input.kind,
  text: input.text.normalize('NFC').trim(),
  options: input.options.map((option) => ({
    key: option.key.normalize('NFC').trim(),
    text: option.text.normalize('NFC').trim(),
    correct: option.correct,
  })),
  explanation: input.explanation.normalize('NFC').trim(),
});

const checked = (input: QuestionDto) => {
  const question = normalised(input);
  const problems = questionProblems(question);
  if (problems.length > 0) {
    throw invalidInput('Câu hỏi chưa hợp lệ', 'The question is not valid', problems);
  }
  return question;
};

/** The question bank of a course's draft version. */
@Injectable()
export class QuestionBankService {
  constructor(
    private readonly drafts: CourseDraftService,
    private readonly access: CourseAccessService,
    private readonly outlines: CourseOutlineQuery,
    private readonly audit: AuditService,
  ) {}

  /** The bank of the editable version (the draft if any, else the published one). */
  async list(user: AuthUser, code: string): Promise<QuestionView[]> {
    const course = await this.access.course(user, code);
    const version = await this.outlines.editableVersion(course.id);
    return this.outlines.questions(version.id);
  }

  add(user: AuthUser, code: string, input: QuestionDto): Promise<QuestionView> {
    const question = checked(input);
    return this.drafts.editCourse(user, code, async (manager, course, draft) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO questions (course_version_id, position, kind, text, options, explanation)
         SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4::jsonb, $5
         FROM questions WHERE course_version_id = $1
         RETURNING id`,
        [
          draft.versionId,
          question.kind,
          question.text,
          JSON.stringify(question.options),
          question.explanation,
        ],
      );
      await this.record(manager, user, course, draft, 'course.question_added', row.id);
      return this.view(manager, row.id);
    });
  }

  update(user: AuthUser, questionId: string, input: QuestionDto): Promise<QuestionView> {
    const question = checked(input);
    return this.drafts.editItem(
      user,
      'question',
      questionId,
      async (manager, course, draft, id) => {
        await manager.query(
          `UPDATE questions SET kind = $2, text = $3, options = $4::jsonb, explanation = $5 WHERE id = $1`,
          [
            id,
            question.kind,
            question.text,
            JSON.stringify(question.options),
            question.explanation,
          ],
        );
        await this.record(manager, user, course, draft, 'course.question_updated', id);
        return this.view(manager, id);
      },
    );
  }

  delete(user: AuthUser, questionId: string): Promise<void> {
    return this.drafts.editItem(
      user,
      'question',
      questionId,
      async (manager, course, draft, id) => {
        await manager.query(`DELETE FROM questions WHERE id = $1`, [id]);
        await this.record(manager, user, course, draft, 'course.question_deleted', id);
      },
    );
  }

  private async view(manager: EntityManager, id: string): Promise<QuestionView> {
    const [row]: QuestionView[] = await manager.query(
      `SELECT id, position, kind, text, options, explanation FROM questions WHERE id = $1`,
      [id],
    );
    return row;
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    course: Course,
    draft: Draft,
    action: string,
    questionId: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: user.id,
        action,
        entityType: 'course',
        entityId: course.id,
        details: { code: course.code, versionNo: draft.versionNo, questionId },
      },
      manager,
    );
  }
}
