import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportPreviewRow, StaffImportMode, StaffImportResult } from '@loa/contracts';
import type { AuthUser } from '../../../common/auth/auth-user';
import { addDays, todayInVietnam } from '../../../common/dates';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import { AuditService } from '../../audit/audit.service';
import { readTableWithHeaders } from '../../imports/read-table';
import { RowErrorCollector } from '../../imports/row-errors';
import type { UploadedFile } from '../../imports/uploaded-file';
import type { StaffImportQueryDto } from '../dto/staff-import-query.dto';
import { unitNotFound } from '../people.errors';
import { toFileDate } from '../roster/spreadsheet-text';
import { UnitLookup } from '../unit-lookup';
import { checkFileConsistency } from './staff-file-checks';
import { staffFileColumns } from './staff-file-columns';
import { planStaffImport, StaffImportPlan } from './staff-import.planner';
import { readSnapshotAssignments } from './snapshot-assignments';
import { StaffImportRepository } from './staff-import.repository';
import type { ResolvedRow } from './staff-import.types';
import { parseStaffRows, StaffFileHeaders, StaffRow } from './staff-row';

/** The preview lists at most this many entries, changes before unchanged rows. */
export const PREVIEW_LIMIT = 1000;

interface ImportRun {
  user: AuthUser;
  mode: StaffImportMode;
  asOf: string;
  /** Snapshot mode: the unit the file is the whole roster of. */
  snapshot: { id: string; code: string } | null;
  headers: StaffFileHeaders;
  errors: RowErrorCollector;
  /** The stored people among the file's staff codes: id by staff code (set by plan). */
  personIds: Map<string, string>;
}

/**
 * POST /api/staff/import (contract.md): every row checked and every problem reported before
 * anything is written; then one transaction of set-based writes, or none on a dry run.
 */
@Injectable()
export class StaffImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: StaffImportRepository,
    private readonly units: UnitLookup,
    private readonly scope: UnitScopeService,
    private readonly audit: AuditService,
  ) {}

  async run(
    user: AuthUser,
    file: UploadedFile,
    query: StaffImportQueryDto,
  ): Promise<StaffImportResult> {
    const mode = query.mode ?? 'rows';
    const asOf = query.asOf ?? todayInVietnam();
    const snapshot = mode === 'snapshot' ? await this.snapshotUnit(user, query.unit!, asOf) : null;
    const { rows, headers } = await readTableWithHeaders(file, staffFileColumns(mode));
    const errors = new RowErrorCollector();
    const run: ImportRun = { user, mode, asOf, snapshot, headers, errors, personIds: new Map() };
    const parsed = parseStaffRows(rows, headers, errors, mode === 'rows');
    checkFileConsistency(parsed, mode, headers, errors);
    const dryRun = query.dryRun === 'true';
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const plan = await this.plan(run, parsed, manager);
      errors.throwIfAny();
      if (!dryRun) await this.write(run, plan, file.filename, manager);
      return this.result(plan, dryRun);
    });
  }

  private async snapshotUnit(user: AuthUser, code: string, asOf: string) {
    const unit = await this.units.byCode(code, asOf);
    if (!unit) throw unitNotFound();
    await this.scope.assertInScope(user, unit.id, asOf);
    return { id: unit.id, code: unit.code };
  }

  private async plan(
    run: ImportRun,
    parsed: StaffRow[],
    manager: EntityManager,
  ): Promise<StaffImportPlan> {
    const subtree = run.snapshot
      ? await this.repository.subtree(manager, run.snapshot.id, run.asOf)
      : null;
    const resolved = await this.resolveUnits(run, parsed, subtree, manager);
    const codes = [...new Set(resolved.map((r) => r.staffCode))];
    const people = await this.repository.people(manager, codes);
    for (const person of people) run.personIds.set(person.staffCode, person.id!);
    const { assignments, inForce } = subtree
      ? await readSnapshotAssignments(this.repository, manager, subtree, people, run.asOf)
      : { assignments: await this.repository.assignmentsOf(manager, codes), inForce: [] };
    const plan = planStaffImport({
      mode: run.mode,
      asOf: run.asOf,
      rows: resolved,
      people: new Map(people.map((p) => [p.staffCode, p])),
      assignments,
      inForce,
    });
    // Rows already refused may be the ones that list a person: then "not in the file" is moot.
    const refusedRows = run.errors.hasErrors;
    for (const problem of plan.problems) {
      if (refusedRows && problem.code === 'cannot_end') continue;
      run.errors.add(problem.row, run.headers[problem.column], problem.code, problem.message);
    }
    return plan;
  }

  /** Each row's unit: known, in the caller's scope, existing on the start date (and, for a snapshot, below its unit). */
  private async resolveUnits(
    run: ImportRun,
    rows: StaffRow[],
    subtree: ReadonlyMap<string, string> | null,
    manager: EntityManager,
  ): Promise<ResolvedRow[]> {
    const { asOf, headers, errors } = run;
    const keyOf = (code: string, day: string) => `${code}\u0000${day}`;
    const pairs = new Map<string, { code: string; day: string }>();
    for (const row of rows) {
      const day = row.startDate ?? asOf;
      pairs.set(keyOf(row.unitCode, day), { code: row.unitCode, day });
    }
    const found = await this.repository.unitsOnDays(manager, [...pairs.values()]);
    const byKey = new Map(found.map((u) => [keyOf(u.code, u.day), u]));
    const scope = await this.scope.unitIdsInScope(
      run.user,
      run.snapshot ? asOf : undefined,
      manager,
    );
    const snapshotName = run.snapshot?.code ?? '';
    const resolved: ResolvedRow[] = [];
    for (const row of rows) {
      const start = row.startDate ?? asOf;
      const unit = byKey.get(keyOf(row.unitCode, start));
      const before = errors.count;
      if (!unit?.unitId || (scope !== null && !scope.has(unit.unitId))) {
        errors.add(
          row.row,
          headers.unit_code,
          'unknown_unit',
          `không có đơn vị mã "${row.unitCode}" trong phạm vi bạn quản lý`,
        );
      } else if (!unit.existsOnDay) {
        errors.add(
          row.row,
          headers.unit_code,
          'unit_not_on_date',
          `đơn vị ${row.unitCode} chưa thành lập hoặc đã giải thể vào ngày ${toFileDate(start)}`,
        );
      } else if (subtree && !subtree.has(unit.unitId)) {
        errors.add(
          row.row,
          headers.unit_code,
          'outside_snapshot_unit',
          `đơn vị ${row.unitCode} không thuộc ${snapshotName} vào ngày ${toFileDate(asOf)}`,
        );
      }
      if (subtree && start > asOf) {
        errors.add(
          row.row,
          headers.start_date,
          'start_after_as_of',
          `danh sách ngày ${toFileDate(asOf)} không được có ngày bắt đầu sau ngày đó`,
        );
      }
      if (subtree && row.endDate !== null && row.endDate < asOf) {
        errors.add(
          row.row,
          headers.end_date,
          'end_before_as_of',
          `danh sách ngày ${toFileDate(asOf)} không được có ngày kết thúc trước ngày đó`,
        );
      }
      if (errors.count === before) resolved.push({ ...row, unitId: unit!.unitId!, start });
    }
    return resolved;
  }

  private async write(
    run: ImportRun,
    plan: StaffImportPlan,
    filename: string,
    manager: EntityManager,
  ): Promise<void> {
    const written = await this.repository.upsertPeople(manager, plan.personWrites);
    written.forEach((id, staffCode) => run.personIds.set(staffCode, id));
    await this.repository.changeAssignments(manager, plan.changes);
    await this.repository.insertAssignments(manager, plan.inserts, run.personIds);
    await this.repository.endAssignments(manager, plan.endIds, addDays(run.asOf, -1));
    await this.audit.record(
      {
        actorUserId: run.user.id,
        action: 'staff.imported',
        entityType: 'staff_import',
        entityId: run.snapshot?.code ?? 'rows',
        details: { mode: run.mode, asOf: run.asOf, filename, ...plan.counts, people: plan.people },
      },
      manager,
    );
  }

  private result(plan: StaffImportPlan, dryRun: boolean): StaffImportResult {
    const rank = (row: ImportPreviewRow) => (row.action === 'unchanged' ? 1 : 0);
    const preview = [...plan.preview].sort((a, b) => rank(a) - rank(b) || a.row - b.row);
    return {
      dryRun,
      ...plan.counts,
      people: plan.people,
      preview: preview.slice(0, PREVIEW_LIMIT),
      previewTruncated: preview.length > PREVIEW_LIMIT,
    };
  }
}
