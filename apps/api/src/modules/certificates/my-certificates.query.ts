import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyCertificate } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { isPlaceholder } from './certificate-number';
import { certificateStatus } from './certificate-status';
import type { CertificateApproval, CertificateSource } from './certificate.entity';

interface Row {
  number: string;
  programme: string;
  issued_on: string;
  expires_on: string | null;
  revoked_on: string | null;
  approval: CertificateApproval;
  source: CertificateSource;
  replaced: boolean;
}

/** The caller's own certificates (through the person their account belongs to), newest first. */
@Injectable()
export class MyCertificatesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser): Promise<MyCertificate[]> {
    if (!user.personId) return [];
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.number, p.code AS programme, c.issued_on::text, c.expires_on::text,
              c.revoked_on::text, c.approval,
              c.source, EXISTS (SELECT 1 FROM certificates r WHERE r.replaces_id = c.id) AS replaced
         FROM certificates c JOIN programmes p ON p.id = c.programme_id
        WHERE c.person_id = $1 AND c.approval <> 'rejected'
        ORDER BY c.issued_on DESC, c.created_at DESC`,
      [user.personId],
    );
    const today = todayInVietnam();
    return rows.map((r) => ({
      number: isPlaceholder(r.number) ? null : r.number,
      programme: r.programme,
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      status: certificateStatus(
        {
          approval: r.approval,
          expiresOn: r.expires_on,
          revokedOn: r.revoked_on,
          replaced: r.replaced,
        },
        today,
      )!,
      source: r.source,
    }));
  }
}
