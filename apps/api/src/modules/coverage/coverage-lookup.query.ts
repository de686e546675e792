import { Injectable } from '@nestjs/common';
import type { TargetPeriodLike } from '@loa/coverage';
import type { UnitKind } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { versionInForce } from '../../common/scope/unit-tree.sql';
import type { CoverageTargetSpec } from './coverage.query';

export interface CoverageTarget extends CoverageTargetSpec {
  id: string;
  code: string;
  periods: TargetPeriodLike[];
}

export interface UnitOnDate {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
}

/** The small lookups around the counts: the target with its periods, units as named on a date. */
@Injectable()
export class CoverageLookupQuery {
  async target(manager: EntityManager, code: string): Promise<CoverageTarget | null> {
    const rows: {
      id: string;
      code: string;
      programme_id: string;
      population: CoverageTarget['population'];
      starts_on: string | null;
      ends_on: string | null;
      threshold_bp: number | null;
    }[] = await manager.query(
      `SELECT t.id, t.code, t.programme_id, t.population,
              p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.threshold_bp
         FROM targets t LEFT JOIN target_periods p ON p.target_id = t.id
        WHERE t.code = $1
        ORDER BY p.starts_on`,
      [code],
    );
    if (rows.length === 0) return null;
    const [first] = rows;
    return {
      id: first.id,
      code: first.code,
      programmeId: first.programme_id,
      population: first.population,
      periods: rows
        .filter((r) => r.starts_on !== null)
        .map((r) => ({
          startsOn: r.starts_on as string,
          endsOn: r.ends_on as string,
          thresholdBp: r.threshold_bp as number,
        })),
    };
  }

  /** The unit with this code as it was on `asOf`, or null if it did not exist then. */
  async unitAt(manager: EntityManager, code: string, asOf: string): Promise<UnitOnDate | null> {
    const [row] = await manager.query(
      `SELECT u.id, u.code, v.name, v.kind
         FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
        WHERE u.code = $1`,
      [code, asOf],
    );
    return row ?? null;
  }

  /** The units directly below `unitId` on `asOf`, sorted the Vietnamese way by name. */
  async childrenAt(manager: EntityManager, unitId: string, asOf: string): Promise<UnitOnDate[]> {
    return (await this.childrenOn(manager, unitId, [asOf])).get(asOf) ?? [];
  }

  /**
   * The units directly below `unitId` on each of `dates` (one statement), each date's list
   * sorted the Vietnamese way by name; a date with none maps to an empty list.
   */
  async childrenOn(
    manager: EntityManager,
    unitId: string,
    dates: readonly string[],
  ): Promise<Map<string, UnitOnDate[]>> {
    const rows: (UnitOnDate & { as_of: string })[] = await manager.query(
      `SELECT d.as_of::text AS as_of, u.id, u.code, v.name, v.kind
         FROM unnest($2::date[]) AS d(as_of)
         JOIN unit_versions v ON v.parent_id = $1 AND ${versionInForce('v', 'd.as_of')}
         JOIN units u ON u.id = v.unit_id
        ORDER BY v.name COLLATE "vi-x-icu", u.code`,
      [unitId, dates],
    );
    const byDate = new Map<string, UnitOnDate[]>(dates.map((date) => [date, []]));
    for (const { as_of: asOf, ...unit } of rows) byDate.get(asOf)?.push(unit);
    return byDate;
  }
}
