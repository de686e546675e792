import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApplyRulesResult,
  CourseAssignmentListItem,
  CourseAssignmentResult,
} from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../../common/auth/auth-user';
import { todayInVietnam } from '../../../common/dates';
import { notFound } from '../../../common/domain-error';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import { AuditService } from '../../audit/audit.service';
import type { CreateCourseAssignmentDto } from '../dto/course-assignment.dto';
import { courseNotFound, personNotFound } from '../learning.errors';
import { PUBLISHED_COURSE } from '../catalogue/catalogue.service';
import { ENROL_AUDIENCE, EnrolAudienceCounts } from './assignment-enrolment.sql';
import { ASSIGNMENT_LIST, AssignmentListRow, toListItem } from './assignment-list.sql';

const assignmentNotFound = () =>
  notFound('Không tìm thấy đợt giao khóa học', 'Course assignment not found');

/**
 * Assigning courses: managers within their subtree (404 outside), the department anywhere.
 * The whole audience is enrolled in one set-based statement; with `includeNewcomers` the
 * assignment stays a rule that `applyRules` re-applies to people who join the audience later.
 */
@Injectable()
export class CourseAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreateCourseAssignmentDto): Promise<CourseAssignmentResult> {
    const today = todayInVietnam();
    const [course]: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM courses c WHERE c.code = $1 AND ${PUBLISHED_COURSE('c')}`,
      [dto.courseCode],
    );
    if (!course) throw courseNotFound();
    const target =
      dto.audience === 'person'
        ? { personId: await this.personInScope(user, dto.staffCode!, today), unitId: null }
        : { personId: null, unitId: await this.unitInScope(user, dto.unitCode!, today) };

    return this.dataSource.transaction(async (manager) => {
      const [assignment]: { id: string }[] = await manager.query(
        `INSERT INTO course_assignments
                (course_id, audience, unit_id, person_id, due_on, include_newcomers, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          course.id,
          dto.audience,
          target.unitId,
          target.personId,
          dto.dueOn ?? null,
          dto.includeNewcomers,
          user.id,
        ],
      );
      const counts = await this.enrol(manager, today, assignment.id);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'course_assignment.created',
          entityType: 'course_assignment',
          entityId: assignment.id,
          details: { ...dto, ...counts },
        },
        manager,
      );
      return {
        assignmentId: assignment.id,
        enrolled: counts.enrolled,
        alreadyEnrolled: counts.audience - counts.enrolled,
      };
    });
  }

  /** Enrols whoever joined the audience of a standing rule since it last ran. */
  async applyRules(today = todayInVietnam()): Promise<ApplyRulesResult> {
    const counts = await this.enrol(this.dataSource.manager, today, null);
    return { enrolled: counts.enrolled };
  }

  async list(user: AuthUser, unitCode: string | undefined): Promise<CourseAssignmentListItem[]> {
    const today = todayInVietnam();
    const unitId = unitCode ? await this.unitInScope(user, unitCode, today) : null;
    const scope = await this.scope.unitIdsInScope(user);
    const rows: AssignmentListRow[] = await this.dataSource.query(
      `${ASSIGNMENT_LIST}
        WHERE ($1::uuid IS NULL OR ca.unit_id = $1)
          AND ($2::uuid[] IS NULL OR ca.unit_id = ANY($2) OR ca.created_by = $3)
        ORDER BY ca.created_at DESC LIMIT 500`,
      [unitId, scope === null ? null : [...scope], user.id],
    );
    return rows.map(toListItem);
  }

  /** Stops a standing rule; the assignment and its enrolments are kept. */
  async end(user: AuthUser, id: string): Promise<CourseAssignmentListItem> {
    const scope = await this.scope.unitIdsInScope(user);
    const [[ended]]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE course_assignments ca SET ended_at = COALESCE(ca.ended_at, now())
        WHERE ca.id::text = $1
          AND ($2::uuid[] IS NULL OR ca.unit_id = ANY($2) OR ca.created_by = $3)
        RETURNING ca.id`,
      [id, scope === null ? null : [...scope], user.id],
    );
    if (!ended) throw assignmentNotFound();
    await this.audit.record({
      actorUserId: user.id,
      action: 'course_assignment.ended',
      entityType: 'course_assignment',
      entityId: ended.id,
      details: {},
    });
    const [row]: AssignmentListRow[] = await this.dataSource.query(
      `${ASSIGNMENT_LIST} WHERE ca.id = $1`,
      [ended.id],
    );
    return toListItem(row);
  }

  private async enrol(
    manager: EntityManager,
    today: string,
    assignmentId: string | null,
  ): Promise<EnrolAudienceCounts> {
    const [counts]: EnrolAudienceCounts[] = await manager.query(ENROL_AUDIENCE, [
      today,
      assignmentId,
    ]);
    return counts;
  }

  private async unitInScope(user: AuthUser, code: string, today: string): Promise<string> {
    const [unit]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM units WHERE code = $1`,
      [code],
    );
    if (!unit) throw notFound('Không tìm thấy đơn vị', 'Unit not found');
    await this.scope.assertInScope(user, unit.id, today);
    return unit.id;
  }

  /** A manager may assign a person working (today) in their subtree; anyone else is 404. */
  private async personInScope(user: AuthUser, staffCode: string, today: string): Promise<string> {
    const scope = isDepartmentAdmin(user) ? null : await this.scope.unitIdsInScope(user, today);
    const [person]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM people p
        WHERE p.staff_code = $1
          AND ($2::uuid[] IS NULL OR EXISTS (
                SELECT 1 FROM assignments a
                 WHERE a.person_id = p.id AND a.unit_id = ANY($2)
                   AND a.start_date <= $3 AND (a.end_date IS NULL OR a.end_date >= $3)))`,
      [staffCode, scope === null ? null : [...scope], today],
    );
    if (!person) throw personNotFound();
    return person.id;
  }
}
