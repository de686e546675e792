import { Injectable } from '@nestjs/common';
import type { UnitRef } from '@loa/contracts';
import { EntityManager } from 'typeorm';
import { versionInForce } from '../../common/scope/unit-tree.sql';
import type { ReportPeriod } from './report-period.entity';

export interface RequiredUnit extends UnitRef {
  id: string;
}

/** The units that must report for a period: those of a required kind on its cut-off day. */
@Injectable()
export class RequiredUnitsQuery {
  /** Every required unit, or only those among `unitIds` (null: no filter), sorted by name. */
  list(
    manager: EntityManager,
    period: ReportPeriod,
    unitIds: Set<string> | null = null,
  ): Promise<RequiredUnit[]> {
    return manager.query(
      `SELECT u.id, u.code, v.name, v.kind
         FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$1')}
        WHERE v.kind = ANY($2::text[]) AND ($3::uuid[] IS NULL OR u.id = ANY($3::uuid[]))
        ORDER BY v.name COLLATE "vi-x-icu", u.code`,
      [period.cutoffOn, period.requiredUnitKinds, unitIds ? [...unitIds] : null],
    );
  }

  /** The unit with this code (or id) if it must report for the period, else null. */
  async find(
    manager: EntityManager,
    period: ReportPeriod,
    unit: { code?: string; id?: string },
  ): Promise<RequiredUnit | null> {
    const [row] = await manager.query(
      `SELECT u.id, u.code, v.name, v.kind
         FROM units u JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$1')}
        WHERE v.kind = ANY($2::text[]) AND (u.code = $3 OR u.id = $4::uuid)`,
      [period.cutoffOn, period.requiredUnitKinds, unit.code ?? null, unit.id ?? null],
    );
    return row ?? null;
  }
}
