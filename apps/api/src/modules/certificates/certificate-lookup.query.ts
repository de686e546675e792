import type { EntityManager } from 'typeorm';
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
