import { Injectable } from '@nestjs/common';
import { periodInForce, thresholdRatio } from '@loa/coverage';
import type { ReportFigures, ReportTargetFigures, UnitRef } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { addDays } from '../../common/dates';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import { assessCoverage, PACE_WINDOW_DAYS } from '../coverage/coverage-assessment';
import { CoverageLookupQuery, CoverageTarget } from '../coverage/coverage-lookup.query';
import { CoverageQuery, emptyCounts } from '../coverage/coverage.query';
import { reportNotFound } from './reports.errors';

/**
 * The figures Loa fills into a report: for every target with a period in force on the cut-off,
 * the unit's coverage and its children's, counted by the one coverage engine (CoverageQuery and
 * assessCoverage, the same as GET /api/coverage), plus the people trained during the period.
 * Runs on the caller's entity manager, so a submission freezes what its transaction saw.
 */
@Injectable()
export class ReportFiguresBuilder {
  constructor(
    private readonly lookup: CoverageLookupQuery,
    private readonly counts: CoverageQuery,
  ) {}

  async build(
    manager: EntityManager,
    input: { unitId: string; asOf: string; periodStart: string },
  ): Promise<ReportFigures> {
    const unit = await this.unitAt(manager, input.unitId, input.asOf);
    const targets: ReportTargetFigures[] = [];
    for (const code of await this.targetCodesOn(manager, input.asOf)) {
      const target = await this.lookup.target(manager, code);
      if (target) targets.push(await this.targetFigures(manager, target, input));
    }
    return { asOf: input.asOf, periodStart: input.periodStart, unit, targets };
  }

  private async targetFigures(
    manager: EntityManager,
    target: CoverageTarget,
    input: { unitId: string; asOf: string; periodStart: string },
  ): Promise<ReportTargetFigures> {
    const { asOf } = input;
    const period = periodInForce(target.periods, asOf);
    if (!period) throw new Error(`target ${target.code} has no period on ${asOf}`);
    const windowStart = addDays(asOf, -PACE_WINDOW_DAYS);
    const children = await this.lookup.childrenAt(manager, input.unitId, asOf);
    const [past, now] = await this.counts.countOnDates(manager, {
      target,
      rootUnitId: input.unitId,
      dates: [windowStart, asOf],
      retainedThrough: period.endsOn,
    });
    const assess = (unitId: string | null) =>
      assessCoverage({
        asOf,
        windowStart,
        period,
        now: unitId ? (now.children.get(unitId) ?? emptyCounts()) : now.root,
        trainedAtWindowStart: unitId
          ? (past.children.get(unitId)?.trained ?? 0)
          : past.root.trained,
      }).figures;
    return {
      code: target.code,
      name: await this.targetName(manager, target.id),
      threshold: thresholdRatio(period.thresholdBp),
      ...assess(null),
      trainedDuringPeriod: await this.trainedDuringPeriod(manager, target, input),
      children: children.map((child) => ({
        unit: { code: child.code, name: child.name, kind: child.kind },
        ...assess(child.id),
      })),
    };
  }

  /**
   * Distinct persons of the population on the cut-off certified between the period start and it.
   * The subtree goes in as an array so the assignments are read by their unit index.
   */
  private async trainedDuringPeriod(
    manager: EntityManager,
    target: CoverageTarget,
    input: { unitId: string; asOf: string; periodStart: string },
  ): Promise<number> {
    const [row] = await manager.query(
      `WITH RECURSIVE ${subtreeCte('subtree', '$1', '$2')}
       SELECT count(DISTINCT a.person_id)::int AS trained
         FROM assignments a
        WHERE a.unit_id = ANY(ARRAY(SELECT unit_id FROM subtree)) AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND (a.is_communication_officer OR $4 = 'all_staff')
          AND EXISTS (SELECT 1 FROM certificates c
                       WHERE c.person_id = a.person_id AND c.programme_id = $3
                         AND c.approval = 'approved' AND c.issued_on BETWEEN $5 AND $2
                         AND (c.revoked_on IS NULL OR c.revoked_on > $2))`,
      [[input.unitId], input.asOf, target.programmeId, target.population, input.periodStart],
    );
    return row.trained;
  }

  private async targetCodesOn(manager: EntityManager, asOf: string): Promise<string[]> {
    const rows: { code: string }[] = await manager.query(
      `SELECT t.code FROM targets t
        WHERE EXISTS (SELECT 1 FROM target_periods p
                       WHERE p.target_id = t.id AND p.starts_on <= $1 AND p.ends_on >= $1)
        ORDER BY t.code`,
      [asOf],
    );
    return rows.map((r) => r.code);
  }

  private async targetName(manager: EntityManager, targetId: string): Promise<string> {
    const [row] = await manager.query(`SELECT name FROM targets WHERE id = $1`, [targetId]);
    return row.name;
  }

  private async unitAt(manager: EntityManager, unitId: string, asOf: string): Promise<UnitRef> {
    const [row] = await manager.query(
      `SELECT u.code, v.name, v.kind
         FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
        WHERE u.id = $1`,
      [unitId, asOf],
    );
    if (!row) throw reportNotFound();
    return row;
  }
}
