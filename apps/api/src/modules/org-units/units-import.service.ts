import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportResult } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { parseFileDate } from '../imports/file-values';
import { readTableWithHeaders } from '../imports/read-table';
import type { UploadedFile } from '../imports/uploaded-file';
import { UNIT_IMPORT_COLUMNS } from './unit-import-columns';
import { PlannedRow, PlannedUpdate, planUnitsImport, previewOf } from './unit-import-planner';
import { UnitImportSnapshotQuery } from './unit-import-snapshot.query';
import { unitWriter } from './unit-writer';

/** Thrown inside the transaction to roll a dry run back after it has been fully checked. */
class DryRunDone {
  constructor(readonly result: ImportResult) {}
}

/**
 * `POST /api/units/import`: every row checked, every problem reported, and then all rows
 * written in one transaction or none. A dry run checks the same way and writes nothing.
 */
@Injectable()
export class UnitsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: UnitImportSnapshotQuery,
    private readonly audit: AuditService,
  ) {}

  async import(user: AuthUser, file: UploadedFile, dryRun: boolean): Promise<ImportResult> {
    const { rows, headers } = await readTableWithHeaders(file, UNIT_IMPORT_COLUMNS);
    const today = todayInVietnam();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const codes = [
          ...new Set(rows.flatMap((r) => [r.values.code, r.values.parent_code])),
        ].filter((c): c is string => Boolean(c));
        const dates = [today, ...rows.map((r) => parseFileDate(r.values.effective_from) ?? today)];
        const snapshot = await this.snapshots.load(manager, codes, dates, user);
        const { planned, errors } = planUnitsImport(rows, headers, snapshot, today);
        errors.throwIfAny();
        const result: ImportResult = {
          dryRun,
          created: planned.filter((p) => p.action === 'create').length,
          updated: planned.filter((p) => p.action === 'update').length,
          ended: 0,
          unchanged: planned.filter((p) => p.action === 'unchanged').length,
          preview: planned.map((p) => previewOf(p, snapshot.units.get(p.code))),
        };
        if (dryRun) throw new DryRunDone(result);
        await this.write(manager, planned, user);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.result;
      throw error;
    }
  }

  private async write(manager: EntityManager, planned: PlannedRow[], user: AuthUser) {
    const creates = planned.filter((p) => p.action === 'create');
    const updates = planned.filter((p): p is PlannedUpdate => p.action === 'update');
    const version = (p: PlannedRow) => ({
      code: p.code,
      name: p.name,
      kind: p.kind,
      parentCode: p.parentCode,
      validFrom: p.from,
    });
    await unitWriter.insertUnits(
      manager,
      creates.map((p) => p.code),
    );
    await unitWriter.endVersions(
      manager,
      updates.filter((u) => !u.inPlace).map((u) => ({ versionId: u.versionId, validTo: u.from })),
    );
    await unitWriter.rewriteVersions(
      manager,
      updates
        .filter((u) => u.inPlace)
        .map((u) => ({ versionId: u.versionId, ...version(u), change: u.change })),
      user.id,
    );
    await unitWriter.insertVersions(
      manager,
      [
        ...creates.map((p) => ({ ...version(p), change: 'created' as const })),
        ...updates.filter((u) => !u.inPlace).map((u) => ({ ...version(u), change: u.change })),
      ],
      user.id,
    );
    const changed = [...creates, ...updates];
    const ids: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM units WHERE code = ANY($1::varchar[])`,
      [changed.map((p) => p.code)],
    );
    const idByCode = new Map(ids.map((r) => [r.code, r.id]));
    await this.audit.record(
      changed.map((p) => ({
        actorUserId: user.id,
        action: p.action === 'create' ? 'unit.created' : `unit.${p.change}`,
        entityType: 'unit',
        entityId: idByCode.get(p.code)!,
        details: { source: 'import', row: p.row, ...version(p) },
      })),
      manager,
    );
  }
}
