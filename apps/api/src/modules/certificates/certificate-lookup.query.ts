import type { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../../common/prepared-query';
import { versionInForce } from '../../common/scope/unit-tree.sql';
import { Certificate } from './certificate.entity';

/** A certificate with what is printed and shown about it. */
export interface CertificateRecord {
  certificate: Certificate;
  programmeCode: string;
  programmeName: string;
  unitCode: string | null;
  /** The unit's name on the issue date, as printed. */
  unitName: string | null;
  replacedBy: string | null;
}

/** What the public answer shows of a certificate (see publicAnswer). */
export interface PublicCertificateRecord {
  certificate: Pick<
    Certificate,
    | 'number'
    | 'approval'
    | 'holderName'
    | 'holderDateOfBirth'
    | 'issuedOn'
    | 'expiresOn'
    | 'revokedOn'
    | 'revocationReason'
  >;
  programmeName: string;
  unitName: string | null;
  replacedBy: string | null;
}

interface PublicCertificateRow extends Record<string, unknown> {
  number: string;
  approval: Certificate['approval'];
  holder_name: string;
  holder_date_of_birth: string;
  issued_on: string;
  expires_on: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  programme_name: string;
  unit_name: string | null;
  replaced_by: string | null;
}

const PUBLIC_CERTIFICATE_SQL = `
  SELECT c.number, c.approval, c.holder_name, c.holder_date_of_birth::text AS holder_date_of_birth,
         c.issued_on::text AS issued_on, c.expires_on::text AS expires_on,
         c.revoked_on::text AS revoked_on, c.revocation_reason, p.name AS programme_name,
         uv.name AS unit_name,
         (SELECT r.number FROM certificates r WHERE r.replaces_id = c.id
           ORDER BY r.created_at LIMIT 1) AS replaced_by
    FROM certificates c
    JOIN programmes p ON p.id = c.programme_id
    LEFT JOIN unit_versions uv ON uv.unit_id = c.unit_id AND ${versionInForce('uv', 'c.issued_on')}
   WHERE c.number = $1
   LIMIT 1`;

/**
 * The public view of one certificate by its number (NFC, trimmed), or null: one prepared
 * statement (planning it costs more than running it), no entity built — the hot path of public
 * verification.
 */
export async function findPublicCertificate(
  dataSource: DataSource,
  number: string,
): Promise<PublicCertificateRecord | null> {
  const rows = await queryPrepared<PublicCertificateRow>(
    dataSource,
    'loa-public-certificate',
    PUBLIC_CERTIFICATE_SQL,
    [number.normalize('NFC').trim()],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    certificate: {
      number: row.number,
      approval: row.approval,
      holderName: row.holder_name,
      holderDateOfBirth: row.holder_date_of_birth,
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      revokedOn: row.revoked_on,
      revocationReason: row.revocation_reason,
    },
    programmeName: row.programme_name,
    unitName: row.unit_name,
    replacedBy: row.replaced_by,
  };
}

/** One certificate by its number (NFC, trimmed), or null. */
export async function findCertificateByNumber(
  manager: EntityManager,
  number: string,
): Promise<CertificateRecord | null> {
  const row = await manager
    .getRepository(Certificate)
    .createQueryBuilder('c')
    .innerJoin('c.programme', 'p')
    .leftJoin('c.unit', 'u')
    .leftJoin(
      'unit_versions',
      'uv',
      `uv.unit_id = c.unit_id AND ${versionInForce('uv', 'c.issued_on')}`,
    )
    .addSelect(['p.code', 'p.name', 'u.code', 'uv.name'])
    .addSelect(
      '(SELECT r.number FROM certificates r WHERE r.replaces_id = c.id ORDER BY r.created_at LIMIT 1)',
      'replaced_by',
    )
    .where('c.number = :number', { number: number.normalize('NFC').trim() })
    .getRawAndEntities();
  const certificate = row.entities[0];
  const raw = row.raw[0] as Record<string, string | null> | undefined;
  if (!certificate || !raw) return null;
  return {
    certificate,
    programmeCode: raw.p_code!,
    programmeName: raw.p_name!,
    unitCode: raw.u_code ?? null,
    unitName: raw.uv_name ?? null,
    replacedBy: raw.replaced_by ?? null,
  };
}
