import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { roundedCoverageRatio } from '@loa/coverage';
import type { CoverageTrendPoint } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { CoverageSubjectResolver } from './coverage-subject';
import { invalidTrendRange } from './coverage.errors';
import { CoverageQuery } from './coverage.query';
import type { CoverageTrendQueryDto } from './dto/coverage-trend-query.dto';
import { MAX_TREND_POINTS, trendDates } from './trend-dates';

/** `GET /api/coverage/trend`: a unit's figures at each month's end, all dates in one query. */
@Injectable()
export class CoverageTrendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CoverageSubjectResolver,
    private readonly counts: CoverageQuery,
  ) {}

  trend(user: AuthUser, query: CoverageTrendQueryDto): Promise<CoverageTrendPoint[]> {
    const to = query.to ?? todayInVietnam();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf: to,
      });
      const from = query.from ?? target.periods[0]?.startsOn ?? to;
      if (from > to) throw invalidTrendRange();
      const dates = trendDates(from, to);
      if (dates.length > MAX_TREND_POINTS) throw invalidTrendRange();
      const results = await this.counts.countOnDates(manager, {
        target,
        rootUnitId: unit.id,
        dates,
      });
      return results.map(({ asOf, root }) => ({
        asOf,
        population: root.population,
        trained: root.trained,
        coverage: roundedCoverageRatio(root),
      }));
    });
  }
}
