import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { subtreeOnDatesSql } from '../../common/scope/unit-tree.sql';
import type { TargetPopulation } from '../reference/target.entity';
import { chooseCountPlan, withCountPlan } from './coverage-count-plan';

/** Whom a target counts and which programme trains them. */
export interface CoverageTargetSpec {
  programmeId: string;
  population: TargetPopulation;
}

export interface CoverageCounts {
  /** Distinct persons of the target's population at the unit or below it on the date. */
  population: number;
  /** Those of them holding a valid approved certificate of the programme on the date. */
  trained: number;
  /** Those trained whose certification stays valid through `retainedThrough` (else = trained). */
  retained: number;
}

export interface CoverageOnDate {
  asOf: string;
  /** The unit asked for: its own people and everyone below it, each person once. */
  root: CoverageCounts;
  /** Per unit directly below the root on that date (only those with a population). */
  children: Map<string, CoverageCounts>;
}

interface CountRow {
  as_of: string;
  branch_id: string | null;
  is_total: boolean;
  population: number;
  trained: number;
  retained: number;
}

const EMPTY: CoverageCounts = { population: 0, trained: 0, retained: 0 };

/**
 * The one implementation of coverage counts (domain.md "Coverage"), for the API, exports,
 * reports and dashboards alike. One statement answers any number of dates:
 *
 * 1. `tree`: the root's subtree on each date from the tree's closure (`unit_ancestries`, one
 *    index range), every unit labelled with the root's child it hangs under on that date (null
 *    for the root itself);
 * 2. `members`: the assignments in force on the date at those units that belong to the target's
 *    population, left-joined to the certificates valid on the date, grouped once per
 *    (date, child, person): a person is counted once per child however many assignments and
 *    certificates they hold;
 * 3. per-child counts are plain counts of those rows; the root's counts group them once more by
 *    person, so a person under two children counts once at the root.
 *
 * Each assignment row is read once per date, with no DISTINCT per ancestor. Below the top, each
 * lookup is an index-only probe (officers' assignments by unit through their partial covering
 * index, certificates by person through the covering index of approved ones); for the
 * whole country the same statement sweeps them with hash joins instead (coverage-count-plan.ts).
 */
@Injectable()
export class CoverageQuery {
  async countOnDates(
    manager: EntityManager,
    input: {
      target: CoverageTargetSpec;
      rootUnitId: string;
      dates: readonly string[];
      /** Also count who stays certified through this day (the period's end). */
      retainedThrough?: string;
    },
  ): Promise<CoverageOnDate[]> {
    const dates = [...new Set(input.dates)].sort();
    const plan = await chooseCountPlan(manager, input.rootUnitId, dates);
    const rows = await withCountPlan(manager, plan, () => this.countRows(manager, input, dates));
    return dates.map((asOf) => {
      const onDate = rows.filter((r) => r.as_of === asOf);
      const total = onDate.find((r) => r.is_total);
      return {
        asOf,
        root: total ? toCounts(total) : { ...EMPTY },
        children: new Map(
          onDate.filter((r) => !r.is_total).map((r) => [r.branch_id as string, toCounts(r)]),
        ),
      };
    });
  }

  private countRows(
    manager: EntityManager,
    input: { target: CoverageTargetSpec; rootUnitId: string; retainedThrough?: string },
    dates: string[],
  ): Promise<CountRow[]> {
    return manager.query(
      `WITH dates(as_of) AS (SELECT unnest($2::date[])),
       tree AS (${subtreeOnDatesSql('$1', 'dates', 'as_of')}),
       members AS MATERIALIZED (
         SELECT t.as_of, t.branch_id, a.person_id,
                count(c.person_id) > 0 AS trained,
                COALESCE(bool_or(c.person_id IS NOT NULL
                  AND (c.expires_on IS NULL OR c.expires_on >= COALESCE($4::date, t.as_of))
                  AND (c.revoked_on IS NULL OR c.revoked_on > COALESCE($4::date, t.as_of))), false) AS retained
           FROM tree t
           JOIN assignments a ON a.unit_id = t.unit_id
           LEFT JOIN certificates c
             ON c.person_id = a.person_id AND c.programme_id = $3 AND c.approval = 'approved'
            AND c.issued_on <= t.as_of
            AND (c.expires_on IS NULL OR c.expires_on >= t.as_of)
            AND (c.revoked_on IS NULL OR c.revoked_on > t.as_of)
          WHERE a.start_date <= t.as_of AND (a.end_date IS NULL OR a.end_date >= t.as_of)
            ${populationFilter(input.target.population)}
          GROUP BY t.as_of, t.branch_id, a.person_id
       )
       SELECT as_of::text AS as_of, branch_id, false AS is_total, count(*)::int AS population,
              count(*) FILTER (WHERE trained)::int AS trained,
              count(*) FILTER (WHERE retained)::int AS retained
         FROM members WHERE branch_id IS NOT NULL GROUP BY as_of, branch_id
       UNION ALL
       SELECT as_of::text, NULL, true, count(*)::int,
              count(*) FILTER (WHERE trained)::int, count(*) FILTER (WHERE retained)::int
         FROM (SELECT as_of, person_id, bool_or(trained) AS trained, bool_or(retained) AS retained
                 FROM members GROUP BY as_of, person_id) per_person
        GROUP BY as_of`,
      [input.rootUnitId, dates, input.target.programmeId, input.retainedThrough ?? null],
    );
  }

  /** The counts of a unit and of each unit directly below it, on one date. */
  async computeCoverage(
    manager: EntityManager,
    input: {
      target: CoverageTargetSpec;
      rootUnitId: string;
      asOf: string;
      retainedThrough?: string;
    },
  ): Promise<CoverageOnDate> {
    const [result] = await this.countOnDates(manager, { ...input, dates: [input.asOf] });
    return result;
  }
}

/**
 * Only communication officers' assignments, written out (not a parameter) so the planner can read
 * them from their partial index; all staff: every assignment.
 */
const populationFilter = (population: TargetPopulation): string =>
  population === 'all_staff' ? '' : 'AND a.is_communication_officer';

const toCounts = (row: CountRow): CoverageCounts => ({
  population: row.population,
  trained: row.trained,
  retained: row.retained,
});

export const emptyCounts = (): CoverageCounts => ({ ...EMPTY });
