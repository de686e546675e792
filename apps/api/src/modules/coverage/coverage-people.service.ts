import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoveragePeoplePage } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { CoveragePeopleQuery } from './coverage-people.query';
import { CoverageSubjectResolver } from './coverage-subject';
import type { CoveragePeopleQueryDto } from './dto/coverage-people-query.dto';

const DEFAULT_PAGE_SIZE = 50;

/** `GET /api/coverage/people`: who is counted in a unit's figures, trained or not. */
@Injectable()
export class CoveragePeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CoverageSubjectResolver,
    private readonly people: CoveragePeopleQuery,
  ) {}

  list(user: AuthUser, query: CoveragePeopleQueryDto): Promise<CoveragePeoplePage> {
    const asOf = query.asOf ?? todayInVietnam();
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const page = query.page ?? 1;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      const result = await this.people.page(manager, {
        target,
        rootUnitId: unit.id,
        asOf,
        trained: query.trained,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { asOf, ...result };
    });
  }
}
