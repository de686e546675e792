import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodInForce, thresholdRatio, type TargetPeriodLike } from '@loa/coverage';
import type { CoverageChildView, CoverageReport } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { addDays, todayInVietnam } from '../../common/dates';
import { assessCoverage, PACE_WINDOW_DAYS } from './coverage-assessment';
import { CoverageLookupQuery, UnitOnDate } from './coverage-lookup.query';
import { CoverageSubject, CoverageSubjectResolver } from './coverage-subject';
import { outsideTargetPeriods } from './coverage.errors';
import { CoverageOnDate, CoverageQuery, emptyCounts } from './coverage.query';
import type { CoverageQueryDto } from './dto/coverage-query.dto';

const unitRef = ({ code, name, kind }: UnitOnDate) => ({ code, name, kind });

/**
 * `GET /api/coverage`: a unit's coverage of a target on a date, and of each unit directly
 * below it, with status and gap against the threshold of the period containing the date.
 * Read in one repeatable-read snapshot so that every figure comes from the same data.
 */
@Injectable()
export class CoverageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: CoverageSubjectResolver,
    private readonly lookup: CoverageLookupQuery,
    private readonly counts: CoverageQuery,
  ) {}

  report(user: AuthUser, query: CoverageQueryDto): Promise<CoverageReport> {
    const asOf = query.asOf ?? todayInVietnam();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const subject = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      const period = periodInForce(subject.target.periods, asOf);
      if (!period) throw outsideTargetPeriods(asOf, subject.target.code);
      return this.build(manager, subject, period, asOf);
    });
  }

  private async build(
    manager: EntityManager,
    { target, unit }: CoverageSubject,
    period: TargetPeriodLike,
    asOf: string,
  ): Promise<CoverageReport> {
    const windowStart = addDays(asOf, -PACE_WINDOW_DAYS);
    const childrenOn = await this.lookup.childrenOn(manager, unit.id, [windowStart, asOf]);
    const children = childrenOn.get(asOf) ?? [];
    const [past, now] = await this.counts.countOnDates(manager, {
      target,
      rootUnitId: unit.id,
      dates: [windowStart, asOf],
      retainedThrough: period.endsOn,
    });
    const pastTrained = await this.pastTrainedOfChildren(
      manager,
      target,
      children,
      childrenOn.get(windowStart) ?? [],
      past,
    );
    const root = assessCoverage({
      asOf,
      windowStart,
      period,
      now: now.root,
      trainedAtWindowStart: past.root.trained,
    });
    const childViews: CoverageChildView[] = children.map((child) => {
      const { figures } = assessCoverage({
        asOf,
        windowStart,
        period,
        now: now.children.get(child.id) ?? emptyCounts(),
        trainedAtWindowStart: pastTrained.get(child.id) ?? 0,
      });
      return { unit: unitRef(child), ...figures };
    });
    return {
      asOf,
      target: {
        code: target.code,
        threshold: thresholdRatio(period.thresholdBp),
        periodStart: period.startsOn,
        periodEnd: period.endsOn,
      },
      unit: unitRef(unit),
      ...root.figures,
      children: childViews,
      outlook: root.outlook,
    };
  }

  /**
   * Each child's trained count at the start of the pace window: its own subtree then. A child
   * that hung elsewhere then (a unit moved in lately) is counted on its own; that is rare.
   */
  private async pastTrainedOfChildren(
    manager: EntityManager,
    target: CoverageSubject['target'],
    children: UnitOnDate[],
    childrenAtWindowStart: UnitOnDate[],
    past: CoverageOnDate,
  ): Promise<Map<string, number>> {
    const trained = new Map<string, number>();
    const childrenThen = new Set(childrenAtWindowStart.map((c) => c.id));
    for (const child of children) {
      if (childrenThen.has(child.id)) {
        trained.set(child.id, past.children.get(child.id)?.trained ?? 0);
      } else {
        const own = await this.counts.computeCoverage(manager, {
          target,
          rootUnitId: child.id,
          asOf: past.asOf,
        });
        trained.set(child.id, own.root.trained);
      }
    }
    return trained;
  }
}
