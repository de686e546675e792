import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodInForce, roundedCoverageRatio } from '@loa/coverage';
import type { CoverageRankingReport, ExpiringCertificatesReport } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { addDays, todayInVietnam } from '../../common/dates';
import { assessCoverage, PACE_WINDOW_DAYS } from './coverage-assessment';
import { CoverageRankingQuery } from './coverage-ranking.query';
import { CoverageSubjectResolver } from './coverage-subject';
import { outsideTargetPeriods } from './coverage.errors';
import { CoverageQuery } from './coverage.query';
import type { CoverageExpiringQueryDto } from './dto/coverage-expiring-query.dto';
import type { CoverageRankingQueryDto } from './dto/coverage-ranking-query.dto';
import { ExpiringCertificatesQuery } from './expiring-certificates.query';

const DEFAULT_RANKING_LIMIT = 20;
const DEFAULT_EXPIRING_DAYS = 90;

/**
 * The dashboard's additions to GET /api/coverage: the units furthest below the threshold and the
 * certifications about to lapse. Scoped and dated exactly like it (same subject resolver, same
 * repeatable-read snapshot, same assessment of status and gap).
 */
@Injectable()
export class CoverageDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CoverageSubjectResolver,
    private readonly ranking: CoverageRankingQuery,
    private readonly counts: CoverageQuery,
    private readonly expiringQuery: ExpiringCertificatesQuery,
  ) {}

  rank(user: AuthUser, query: CoverageRankingQueryDto): Promise<CoverageRankingReport> {
    const asOf = query.asOf ?? todayInVietnam();
    const kind = query.kind ?? 'commune';
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      const period = periodInForce(target.periods, asOf);
      if (!period) throw outsideTargetPeriods(asOf, target.code);
      const windowStart = addDays(asOf, -PACE_WINDOW_DAYS);
      const units = await this.ranking.countBelow(manager, {
        target,
        rootUnitId: unit.id,
        kind,
        asOf,
        before: windowStart,
        retainedThrough: period.endsOn,
      });
      const assessed = units
        .filter((u) => u.unitId !== unit.id && u.now.population > 0)
        .map((u) => ({
          unit: { code: u.code, name: u.name, kind: u.kind },
          ...assessCoverage({
            asOf,
            windowStart,
            period,
            now: u.now,
            trainedAtWindowStart: u.trainedBefore,
          }).figures,
        }));
      const below = assessed
        .filter((u) => u.status !== 'met')
        .sort(
          (a, b) =>
            b.gap - a.gap ||
            (a.coverage ?? 0) - (b.coverage ?? 0) ||
            a.unit.name.localeCompare(b.unit.name, 'vi'),
        );
      return {
        asOf,
        kind,
        ranked: assessed.length,
        meeting: assessed.length - below.length,
        items: below.slice(0, query.limit ?? DEFAULT_RANKING_LIMIT),
      };
    });
  }

  expiring(user: AuthUser, query: CoverageExpiringQueryDto): Promise<ExpiringCertificatesReport> {
    const asOf = query.asOf ?? todayInVietnam();
    const days = query.days ?? DEFAULT_EXPIRING_DAYS;
    const until = addDays(asOf, days);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      // `retained` through `until`: who of today's trained stays certified on that day.
      const { root } = await this.counts.computeCoverage(manager, {
        target,
        rootUnitId: unit.id,
        asOf,
        retainedThrough: until,
      });
      const list = await this.expiringQuery.list(manager, {
        target,
        rootUnitId: unit.id,
        asOf,
        until,
      });
      return {
        asOf,
        until,
        days,
        ...list,
        effect: {
          population: root.population,
          trainedNow: root.trained,
          coverageNow: roundedCoverageRatio(root),
          trainedAfter: root.retained,
          coverageAfter: roundedCoverageRatio({
            population: root.population,
            trained: root.retained,
          }),
        },
      };
    });
  }
}
