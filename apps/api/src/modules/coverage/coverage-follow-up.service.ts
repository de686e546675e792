import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoverageFollowUpPage, CoverageFollowUpPerson } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { CoveragePeopleExportQuery, FollowUpRow } from './coverage-people-export.query';
import { CoverageSubjectResolver } from './coverage-subject';
import type { CoverageFollowUpQueryDto } from './dto/coverage-follow-up-query.dto';

const DEFAULT_PAGE_SIZE = 20;

/**
 * `GET /api/coverage/follow-up`: a page of the people still to train (or trained) with their
 * courses and last certificate: the same rows as the untrained-list XLSX.
 */
@Injectable()
export class CoverageFollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CoverageSubjectResolver,
    private readonly people: CoveragePeopleExportQuery,
  ) {}

  page(user: AuthUser, query: CoverageFollowUpQueryDto): Promise<CoverageFollowUpPage> {
    const asOf = query.asOf ?? todayInVietnam();
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      const input = { target, rootUnitId: unit.id, asOf, trained: query.trained ?? false };
      const rows = await this.people.rows(manager, { ...input, page: { limit: pageSize, offset } });
      const total =
        rows[0]?.total ??
        (offset > 0
          ? ((await this.people.rows(manager, { ...input, page: { limit: 1, offset: 0 } }))[0]
              ?.total ?? 0)
          : 0);
      return { asOf, total, items: rows.map(toPerson) };
    });
  }
}

const toPerson = (row: FollowUpRow): CoverageFollowUpPerson => ({
  staffCode: row.staff_code,
  fullName: row.full_name,
  unit: { code: row.unit_code, name: row.unit_name },
  position: row.position,
  courses: row.courses.map((course) => ({
    title: course.title,
    status: course.status as CoverageFollowUpPerson['courses'][number]['status'],
    progress: Number(course.progress),
    dueOn: course.due_on,
  })),
  lastCertificate: row.last_number
    ? { number: row.last_number, expiresOn: row.last_expires_on, revokedOn: row.last_revoked_on }
    : null,
});
