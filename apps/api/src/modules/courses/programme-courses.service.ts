import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgrammeCourses } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { invalidInput } from './courses.errors';

/** Which courses make up a programme (completing all of them earns its certificate). */
@Injectable()
export class ProgrammeCoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeCourses> {
    const programme = await this.programme(manager, code);
    const courses: ProgrammeCourses['courses'] = await manager.query(
      `SELECT c.code, c.title, c.status FROM programme_courses pc JOIN courses c ON c.id = pc.course_id
       WHERE pc.programme_id = $1 ORDER BY c.code`,
      [programme.id],
    );
    return { programme: { code: programme.code, name: programme.name }, courses };
  }

  /** Replaces the programme's courses with exactly these (unknown codes are refused). */
  set(user: AuthUser, code: string, courseCodes: string[]): Promise<ProgrammeCourses> {
    const codes = [...new Set(courseCodes.map((c) => c.trim().toUpperCase()))];
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programme(manager, code);
      const found: { id: string; code: string }[] = await manager.query(
        `SELECT id, code FROM courses WHERE code = ANY($1::varchar[])`,
        [codes],
      );
      const unknown = codes.filter((c) => !found.some((course) => course.code === c));
      if (unknown.length > 0) {
        throw invalidInput(
          `Không tìm thấy khoá học: ${unknown.join(', ')}`,
          `Unknown courses: ${unknown.join(', ')}`,
          unknown.map((c) => ({
            field: 'courseCodes',
            code: 'unknown_course',
            message: `Không tìm thấy khoá học ${c}`,
          })),
        );
      }
      const ids = found.map((course) => course.id);
      const before = await this.get(code, manager);
      await manager.query(
        `DELETE FROM programme_courses WHERE programme_id = $1 AND NOT (course_id = ANY($2::uuid[]))`,
        [programme.id, ids],
      );
      await manager.query(
        `INSERT INTO programme_courses (programme_id, course_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [programme.id, ids],
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'programme.courses_set',
          entityType: 'programme',
          entityId: programme.id,
          details: {
            code: programme.code,
            before: before.courses.map((c) => c.code),
            after: codes,
          },
        },
        manager,
      );
      return this.get(code, manager);
    });
  }

  private async programme(manager: EntityManager, code: string) {
    const [programme]: { id: string; code: string; name: string }[] = await manager.query(
      `SELECT id, code, name FROM programmes WHERE code = $1`,
      [code.toUpperCase()],
    );
    if (!programme) throw notFound('Không tìm thấy chương trình', 'Programme not found');
    return programme;
  }
}
