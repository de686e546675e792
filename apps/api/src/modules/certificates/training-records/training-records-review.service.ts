import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyCertificate, PendingTrainingRecord } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { isPlaceholder, loaNumber } from '../certificate-number';
import { Certificate } from '../certificate.entity';
import { certificateNotFound, notPending } from '../certificates.errors';
import { takeSeriesNumbers } from '../number-series';
import { evidenceUrl } from './training-evidence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PendingRow {
  id: string;
  number: string;
  staff_code: string;
  holder_name: string;
  unit_code: string | null;
  unit_name: string | null;
  programme_code: string;
  programme_name: string;
  issued_on: string;
  expires_on: string | null;
  provider: string | null;
  submitted_by: string | null;
  created_at: Date;
  has_evidence: boolean;
}

/** The department's review of external records submitted by unit managers. */
@Injectable()
export class TrainingRecordsReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async pending(): Promise<PendingTrainingRecord[]> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT c.id, c.number, pe.staff_code, c.holder_name, u.code AS unit_code, uv.name AS unit_name,
              p.code AS programme_code, p.name AS programme_name, c.issued_on::text,
              c.expires_on::text, c.provider, us.username AS submitted_by, c.created_at,
              c.evidence_file IS NOT NULL AS has_evidence
         FROM certificates c
         JOIN people pe ON pe.id = c.person_id
         JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN units u ON u.id = c.unit_id
         LEFT JOIN unit_versions uv ON uv.unit_id = c.unit_id AND uv.valid_to IS NULL
         LEFT JOIN users us ON us.id = c.created_by
        WHERE c.approval = 'pending'
        ORDER BY c.created_at, c.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      number: isPlaceholder(r.number) ? null : r.number,
      staffCode: r.staff_code,
      holderName: r.holder_name,
      unit: r.unit_code ? { code: r.unit_code, name: r.unit_name ?? '' } : null,
      programme: { code: r.programme_code, name: r.programme_name },
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      provider: r.provider,
      submittedBy: r.submitted_by,
      submittedAt: r.created_at.toISOString(),
      evidenceUrl: r.has_evidence ? evidenceUrl(r.id) : null,
    }));
  }

  /** Approves a pending record; one without a number takes the next Loa number of its year. */
  async approve(user: AuthUser, id: string): Promise<Pick<MyCertificate, 'number' | 'status'>> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.lockPending(manager, id);
      let number = record.number;
      const changes: Partial<Certificate> = {
        approval: 'approved',
        approvedBy: user.id,
        approvedAt: new Date(),
      };
      if (isPlaceholder(record.number)) {
        const year = Number(record.issuedOn.slice(0, 4));
        const no = await takeSeriesNumbers(manager, year);
        number = loaNumber(no, year);
        Object.assign(changes, { number, seriesYear: year, seriesNo: no });
      }
      await manager.getRepository(Certificate).update({ id }, changes);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'training_record.approved',
          entityType: 'certificate',
          entityId: id,
          details: { number },
        },
        manager,
      );
      return { number, status: 'valid' };
    });
  }

  async reject(user: AuthUser, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPending(manager, id);
      const text = reason.normalize('NFC').trim();
      await manager
        .getRepository(Certificate)
        .update({ id }, { approval: 'rejected', rejectionReason: text });
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'training_record.rejected',
          entityType: 'certificate',
          entityId: id,
          details: { reason: text },
        },
        manager,
      );
    });
  }

  private async lockPending(
    manager: import('typeorm').EntityManager,
    id: string,
  ): Promise<Certificate> {
    if (!UUID.test(id)) throw certificateNotFound();
    const record = await manager
      .getRepository(Certificate)
      .findOne({ where: { id, source: 'external' }, lock: { mode: 'pessimistic_write' } });
    if (!record) throw certificateNotFound();
    if (record.approval !== 'pending') throw notPending();
    return record;
  }
}
