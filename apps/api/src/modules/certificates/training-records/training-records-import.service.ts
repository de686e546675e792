import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TrainingRecordImportResult } from '@loa/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../../common/auth/auth-user';
import { todayInVietnam } from '../../../common/dates';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import { AuditService } from '../../audit/audit.service';
import { readTableWithHeaders } from '../../imports/read-table';
import { RowErrorCollector } from '../../imports/row-errors';
import type { UploadedFile } from '../../imports/uploaded-file';
import { UNIT_ON_DAY } from '../certificate-issuer.service';
import { loaNumber, pendingPlaceholder } from '../certificate-number';
import { takeSeriesNumbers } from '../number-series';
import {
  checkTrainingRecordRows,
  ImportContext,
  TRAINING_RECORD_SPECS,
  TrainingRecordRow,
} from './training-record-rows';

export interface NewRecord extends TrainingRecordRow {
  id: string;
  finalNumber: string;
  seriesYear: number | null;
  seriesNo: number | null;
}

const INSERT = `
  INSERT INTO certificates (id, number, series_year, series_no, person_id, programme_id, unit_id,
                            holder_name, holder_date_of_birth, hours, issued_on, expires_on, source,
                            provider, approval, approved_by, approved_at, created_by)
  SELECT r.id, r.number, r.series_year, r.series_no, r.person_id, r.programme_id,
         (${UNIT_ON_DAY('r.person_id', 'r.issued_on')}),
         pe.full_name, pe.date_of_birth, pg.hours, r.issued_on, r.expires_on, 'external',
         r.provider, $10::varchar, $11::uuid, CASE WHEN $10::varchar = 'approved' THEN now() END, $12::uuid
    FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::uuid[], $6::uuid[], $7::date[],
                $8::date[], $9::text[])
         AS r(id, number, series_year, series_no, person_id, programme_id, issued_on, expires_on, provider)
    JOIN people pe ON pe.id = r.person_id
    JOIN programmes pg ON pg.id = r.programme_id`;

/**
 * `POST /api/training-records/import`: training done elsewhere, all or nothing. From the
 * department the records count at once (approved); from a unit manager, only for people with
 * an assignment in their units, and they wait for the department's approval (pending). Rows
 * without a number get the next Loa numbers of their issue year when they are approved.
 */
@Injectable()
export class TrainingRecordsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly audit: AuditService,
  ) {}

  async import(
    user: AuthUser,
    file: UploadedFile,
    dryRun: boolean,
  ): Promise<TrainingRecordImportResult> {
    const { rows, headers } = await readTableWithHeaders(file, TRAINING_RECORD_SPECS);
    const context = await this.context(
      user,
      rows.map((r) => r.values),
    );
    const errors = new RowErrorCollector();
    const checked = checkTrainingRecordRows(rows, headers, context, errors);
    errors.throwIfAny();
    const fresh = checked.filter((r) => !r.unchanged);
    const result = {
      dryRun,
      created: fresh.length,
      updated: 0,
      ended: 0,
      unchanged: checked.length - fresh.length,
    };
    if (dryRun || fresh.length === 0) return result;
    const approved = isDepartmentAdmin(user);
    await this.dataSource.transaction(async (manager) => {
      const records = await this.insert(manager, user, fresh);
      await this.audit.record(
        records.map((r) => ({
          actorUserId: user.id,
          action: 'training_record.imported',
          entityType: 'certificate',
          entityId: r.id,
          details: {
            number: r.finalNumber,
            personId: r.personId,
            issuedOn: r.issuedOn,
            approval: approved ? 'approved' : 'pending',
            row: r.row,
          },
        })),
        manager,
      );
    });
    return result;
  }

  /** Writes checked rows: approved from the department, pending from a unit manager. */
  async insert(
    manager: EntityManager,
    user: AuthUser,
    rows: TrainingRecordRow[],
  ): Promise<NewRecord[]> {
    const approved = isDepartmentAdmin(user);
    const records = await this.numbered(manager, rows, approved);
    await manager.query(INSERT, [
      records.map((r) => r.id),
      records.map((r) => r.finalNumber),
      records.map((r) => r.seriesYear),
      records.map((r) => r.seriesNo),
      records.map((r) => r.personId),
      records.map((r) => r.programmeId),
      records.map((r) => r.issuedOn),
      records.map((r) => r.expiresOn),
      records.map((r) => r.provider),
      approved ? 'approved' : 'pending',
      approved ? user.id : null,
      user.id,
    ]);
    return records;
  }

  /** Gives each row its number: its own, the next Loa numbers (approved), or a placeholder. */
  private async numbered(
    manager: EntityManager,
    rows: TrainingRecordRow[],
    approved: boolean,
  ): Promise<NewRecord[]> {
    const records = rows.map((r) => ({ ...r, id: randomUUID(), seriesYear: null, seriesNo: null }));
    const needLoa = new Map<number, typeof records>();
    for (const r of records) {
      if (r.number !== null || !approved) continue;
      const year = Number(r.issuedOn.slice(0, 4));
      needLoa.set(year, [...(needLoa.get(year) ?? []), r]);
    }
    const series = new Map<string, { year: number; no: number }>();
    for (const year of [...needLoa.keys()].sort()) {
      const group = needLoa.get(year)!;
      const first = await takeSeriesNumbers(manager, year, group.length);
      group.forEach((r, i) => series.set(r.id, { year, no: first + i }));
    }
    return records.map((r) => {
      const s = series.get(r.id);
      return {
        ...r,
        finalNumber: r.number ?? (s ? loaNumber(s.no, s.year) : pendingPlaceholder(r.id)),
        seriesYear: s?.year ?? null,
        seriesNo: s?.no ?? null,
      };
    });
  }

  async context(
    user: AuthUser,
    values: { staff_code?: string; programme_code?: string; certificate_no?: string }[],
  ): Promise<ImportContext> {
    const staffCodes = [...new Set(values.flatMap((v) => (v.staff_code ? [v.staff_code] : [])))];
    const numbers = [
      ...new Set(values.flatMap((v) => (v.certificate_no ? [v.certificate_no] : []))),
    ];
    const people: { id: string; staff_code: string }[] = await this.dataSource.query(
      `SELECT id, staff_code FROM people WHERE staff_code = ANY($1::text[])`,
      [staffCodes],
    );
    const programmes: { id: string; code: string; validity_months: number | null }[] =
      await this.dataSource.query(`SELECT id, code, validity_months FROM programmes`);
    const taken: { number: string }[] = await this.dataSource.query(
      `SELECT number FROM certificates WHERE number = ANY($1::text[])`,
      [numbers],
    );
    const existing: { key: string; number: string }[] = await this.dataSource.query(
      `SELECT person_id || '|' || programme_id || '|' || issued_on::text AS key, number
         FROM certificates
        WHERE source = 'external' AND approval <> 'rejected' AND person_id = ANY($1::uuid[])`,
      [people.map((p) => p.id)],
    );
    return {
      today: todayInVietnam(),
      people: new Map(people.map((p) => [p.staff_code, { id: p.id }])),
      allowedPeople: await this.allowedPeople(
        user,
        people.map((p) => p.id),
      ),
      programmes: new Map(
        programmes.map((p) => [p.code, { id: p.id, validityMonths: p.validity_months }]),
      ),
      numbersTaken: new Set(taken.map((t) => t.number)),
      existingRecords: new Map(existing.map((e) => [e.key, e.number])),
    };
  }

  /** For a unit manager: the staff codes with an assignment (at any time) in their units. */
  private async allowedPeople(user: AuthUser, personIds: string[]): Promise<Set<string> | null> {
    const scope = await this.scope.unitIdsInScope(user);
    if (scope === null) return null;
    const rows: { staff_code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.staff_code FROM people p JOIN assignments a ON a.person_id = p.id
        WHERE p.id = ANY($1::uuid[]) AND a.unit_id = ANY($2::uuid[])`,
      [personIds, [...scope]],
    );
    return new Set(rows.map((r) => r.staff_code));
  }
}
