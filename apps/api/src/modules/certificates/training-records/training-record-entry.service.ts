import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErrorDetail, RecordedTraining, TrainingRecordColumnKey } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../../common/auth/auth-user';
import { DomainError } from '../../../common/domain-error';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import { AuditService } from '../../audit/audit.service';
import { FileStorageService, MultipartFields } from '../../files/file-storage.service';
import { RowErrorCollector } from '../../imports/row-errors';
import { isPlaceholder } from '../certificate-number';
import { certificateNotFound } from '../certificates.errors';
import { checkTrainingRecordRows, TrainingRecordRow } from './training-record-rows';
import { TrainingRecordsImportService } from './training-records-import.service';
import { EVIDENCE_FIELD, evidenceUrl, TRAINING_EVIDENCE } from './training-evidence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Form field ↔ import column: the same rules as the file import. */
const FIELDS: Record<TrainingRecordColumnKey, string> = {
  staff_code: 'staffCode',
  programme_code: 'programmeCode',
  issued_on: 'issuedOn',
  expires_on: 'expiresOn',
  certificate_no: 'certificateNo',
  provider: 'provider',
};

const NOT_FOUND_CODES = new Set(['unknown_person', 'unknown_programme']);
const CONFLICT_CODES = new Set(['duplicate_number', 'duplicate_record']);

function fieldValues(fields: MultipartFields): Partial<Record<TrainingRecordColumnKey, string>> {
  const values: Partial<Record<TrainingRecordColumnKey, string>> = {};
  for (const [key, name] of Object.entries(FIELDS) as [TrainingRecordColumnKey, string][]) {
    const field = fields[name];
    const single = Array.isArray(field) ? field[0] : field;
    const raw = single && 'value' in single ? String(single.value) : '';
    const text = raw.normalize('NFC').trim();
    if (text) values[key] = text;
  }
  return values;
}

/** Turns the import's row problems into one answer: 404, 409 or 400 with every field's problem. */
function toDomainError(errors: RowErrorCollector): DomainError {
  const details: ErrorDetail[] = errors.list().map((e) => ({
    field: e.column,
    code: e.code,
    message: e.message.replace(/^Dòng \d+, cột [^:]+: /, ''),
  }));
  const first = details[0];
  const message = details.map((d) => d.message).join('; ');
  const capital = message.charAt(0).toUpperCase() + message.slice(1);
  if (
    details.some((d) => CONFLICT_CODES.has(d.code)) &&
    !details.some((d) => !CONFLICT_CODES.has(d.code))
  )
    return new DomainError('CONFLICT', capital, first.message, details);
  if (details.some((d) => NOT_FOUND_CODES.has(d.code)))
    return new DomainError('NOT_FOUND', capital, 'Staff member or programme not found', details);
  return new DomainError('VALIDATION_FAILED', capital, 'Invalid training record', details);
}

/**
 * `POST /api/training-records`: one external training with its evidence file, checked by the
 * same rules as the file import; the file is stored only once the fields pass, in the same
 * transaction as the record. `GET …/:id/evidence`: the file, for the department and the
 * managers whose units hold (or held) the person.
 */
@Injectable()
export class TrainingRecordEntryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: TrainingRecordsImportService,
    private readonly files: FileStorageService,
    private readonly scope: UnitScopeService,
    private readonly audit: AuditService,
  ) {}

  async record(user: AuthUser, request: FastifyRequest): Promise<RecordedTraining> {
    return this.dataSource.transaction(async (manager) => {
      let checked: TrainingRecordRow | undefined;
      let values: Partial<Record<TrainingRecordColumnKey, string>> = {};
      const stored = await this.files.receive(request, TRAINING_EVIDENCE, user.id, manager, {
        field: EVIDENCE_FIELD,
        beforeStore: async (fields) => {
          values = fieldValues(fields);
          const context = await this.importer.context(user, [values]);
          const errors = new RowErrorCollector();
          [checked] = checkTrainingRecordRows([{ row: 1, values }], FIELDS, context, errors);
          if (errors.hasErrors) throw toDomainError(errors);
          if (checked?.unchanged) {
            throw new DomainError(
              'CONFLICT',
              'Cán bộ đã có bản ghi chương trình này với cùng ngày cấp',
              'This record already exists',
            );
          }
        },
      });
      if (!checked) throw new Error('training record checks did not run');
      const [record] = await this.importer.insert(manager, user, [checked]);
      await manager.query(`UPDATE certificates SET evidence_file = $2 WHERE id = $1`, [
        record.id,
        stored.id,
      ]);
      const approval = isDepartmentAdmin(user) ? 'approved' : 'pending';
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'training_record.recorded',
          entityType: 'certificate',
          entityId: record.id,
          details: {
            number: record.finalNumber,
            personId: record.personId,
            issuedOn: record.issuedOn,
            approval,
            evidenceFileId: stored.id,
          },
        },
        manager,
      );
      return {
        id: record.id,
        number: isPlaceholder(record.finalNumber) ? null : record.finalNumber,
        approval,
        staffCode: values.staff_code ?? '',
        programmeCode: values.programme_code ?? '',
        issuedOn: record.issuedOn,
        expiresOn: record.expiresOn,
        provider: record.provider,
        evidenceUrl: evidenceUrl(record.id),
      };
    });
  }

  async sendEvidence(
    user: AuthUser,
    id: string,
    range: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    if (!UUID.test(id)) throw certificateNotFound();
    const [row]: { person_id: string; evidence_file: string | null }[] =
      await this.dataSource.query(
        `SELECT person_id, evidence_file FROM certificates WHERE id = $1 AND source = 'external'`,
        [id],
      );
    if (!row?.evidence_file || !UUID.test(row.evidence_file)) throw certificateNotFound();
    if (!(await this.mayRead(user, row.person_id))) throw certificateNotFound();
    await this.files.stream(row.evidence_file, range, reply);
  }

  /** The department always; a manager when the person has (had) an assignment in their units. */
  private async mayRead(user: AuthUser, personId: string): Promise<boolean> {
    const scope = await this.scope.unitIdsInScope(user);
    if (scope === null) return true;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM assignments WHERE person_id = $1 AND unit_id = ANY($2::uuid[]) LIMIT 1`,
      [personId, [...scope]],
    );
    return rows.length > 0;
  }
}
