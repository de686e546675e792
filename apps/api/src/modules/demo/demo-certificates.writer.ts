import { createPrivateKey, sign } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CertificateIssuerService } from '../certificates/certificate-issuer.service';
import { canonicalClaims, keyIdOf } from '../certificates/certificate-payload';
import { templateFor } from '../certificates/certificate-template';
import { takeSeriesNumbers } from '../certificates/number-series';
import { SigningKeysService } from '../certificates/signing-keys.service';
import type { DemoCity } from './demo-city.types';
import {
  numberDemoCertificates,
  planDemoCertificates,
  seriesCounts,
} from './demo-certificates.planner';
import type { NumberedDemoCertificate } from './demo-certificates.types';
import { demoUnitOnDay } from './demo-unit-on-day';

/** The day the demo learner completed the BDTT programme (fixed: the seed never reads today). */
export const LEARNER_COMPLETED_ON = '2026-09-18';
const CHUNK = 10_000;

export interface DemoCertificatesSummary {
  certificates: number;
  learnerNumber: string;
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Writes the demo city's certificates inside the seeding transaction, set-based, doing what
 * CertificateIssuerService does for each (issuing one by one would take minutes): numbers
 * taken from the locked yearly counters (gapless), the holder's name and birth date and unit on
 * the issue day as snapshots, the printed template, the Ed25519 signature of every certificate
 * Loa issues with the current key, and an audit entry each. The demo learner's certificate goes
 * through the issuing service itself.
 */
export async function writeDemoCertificates(
  dataSource: DataSource,
  manager: EntityManager,
  city: DemoCity,
  seed: number,
): Promise<DemoCertificatesSummary> {
  const learner = city.accounts.find((a) => a.username === 'learner')?.staffCode ?? null;
  const planned = planDemoCertificates(city, seed, new Set(learner ? [learner] : []));
  const firstNo = new Map<number, number>();
  for (const [year, count] of [...seriesCounts(planned)].sort(([a], [b]) => a - b)) {
    firstNo.set(year, await takeSeriesNumbers(manager, year, count));
  }
  const rows = numberDemoCertificates(planned, firstNo);
  const audit = new AuditService(dataSource);
  const keys = new SigningKeysService(dataSource, audit);
  const key = await keys.currentKey(manager);
  const programmes: { id: string; code: string }[] = await manager.query(
    `SELECT id, code FROM programmes WHERE code = ANY($1)`,
    [['BDTT', 'QTNQ71']],
  );
  const programmeId = new Map(programmes.map((p) => [p.code, p.id]));
  const templates = new Map<string, unknown>();
  for (const p of programmes) templates.set(p.code, await templateFor(manager, p.id));
  const people = new Map(city.people.map((p) => [p.staffCode, p]));
  const unitOnDay = demoUnitOnDay(city);
  const privateKey = createPrivateKey(key.privateKey);
  const signatureOf = (c: NumberedDemoCertificate): string | null => {
    if (c.source !== 'loa') return null;
    const person = people.get(c.staffCode)!;
    const text = canonicalClaims({
      number: c.number,
      holderName: person.fullName.normalize('NFC').trim(),
      holderDateOfBirth: person.dateOfBirth,
      programmeCode: c.programmeCode,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      keyId: keyIdOf(key.id),
    });
    return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64url');
  };

  // Renewed certificates first, so every renewal finds the one it renews.
  const ordered = [...rows.filter((c) => !c.renewsId), ...rows.filter((c) => c.renewsId)];
  for (const batch of chunks(ordered)) {
    await manager.query(
      `INSERT INTO certificates (id, number, series_year, series_no, person_id, programme_id, unit_id,
                                 holder_name, holder_date_of_birth, hours, result, issued_on,
                                 expires_on, source, provider, approval, approved_at, revoked_on,
                                 revocation_reason, renews_id, signing_key_id, signature,
                                 printed_template)
       SELECT d.id, d.number, d.series_year, d.series_no, pe.id, d.programme_id, u.id,
              d.holder_name, pe.date_of_birth, p.hours, d.result, d.issued_on, d.expires_on,
              d.source, d.provider, d.approval,
              CASE WHEN d.approval = 'approved' THEN now() END, d.revoked_on, d.revocation_reason,
              d.renews_id, CASE WHEN d.signature IS NOT NULL THEN $16::uuid END, d.signature,
              CASE WHEN d.signature IS NOT NULL AND p.code = 'BDTT' THEN $19::jsonb
                   WHEN d.signature IS NOT NULL THEN $20::jsonb END
         FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::int[], $5::varchar[], $6::uuid[],
                     $7::text[], $8::text[], $9::date[], $10::date[], $11::varchar[], $12::text[],
                     $13::varchar[], $14::date[], $15::text[], $17::uuid[], $18::text[], $21::varchar[])
              AS d(id, number, series_year, series_no, staff_code, programme_id, holder_name,
                   result, issued_on, expires_on, source, provider, approval, revoked_on,
                   revocation_reason, renews_id, signature, unit_code)
         JOIN people pe ON pe.staff_code = d.staff_code
         JOIN units u ON u.code = d.unit_code
         JOIN programmes p ON p.id = d.programme_id`,
      [
        batch.map((c) => c.id),
        batch.map((c) => c.number),
        batch.map((c) => c.seriesYear),
        batch.map((c) => c.seriesNo),
        batch.map((c) => c.staffCode),
        batch.map((c) => programmeId.get(c.programmeCode)),
        batch.map((c) => people.get(c.staffCode)!.fullName.normalize('NFC').trim()),
        batch.map((c) => c.result),
        batch.map((c) => c.issuedOn),
        batch.map((c) => c.expiresOn),
        batch.map((c) => c.source),
        batch.map((c) => c.provider),
        batch.map((c) => c.approval),
        batch.map((c) => c.revokedOn),
        batch.map((c) => c.revocationReason),
        key.id,
        batch.map((c) => c.renewsId),
        batch.map(signatureOf),
        JSON.stringify(templates.get('BDTT')),
        JSON.stringify(templates.get('QTNQ71')),
        batch.map((c) => unitOnDay(c.staffCode, c.issuedOn)),
      ],
    );
  }
  await recordIssued(manager, rows);
  await recordRevoked(manager, rows);
  // Fresh statistics (this transaction's rows count too): later seeding steps query coverage.
  await manager.query('ANALYZE units, unit_versions, people, assignments, certificates');

  const [holder]: { id: string }[] = learner
    ? await manager.query(`SELECT id FROM people WHERE staff_code = $1`, [learner])
    : [];
  if (!holder) throw new Error('demo seed: the learner has no person');
  const issuer = new CertificateIssuerService(keys, audit);
  const { certificate } = await issuer.issueForCompletion(
    manager,
    holder.id,
    'BDTT',
    LEARNER_COMPLETED_ON,
    null,
  );
  return { certificates: rows.length + 1, learnerNumber: certificate.number };
}

/** The audit entries the issuing service writes, one per certificate, in one statement. */
async function recordIssued(manager: EntityManager, rows: NumberedDemoCertificate[]) {
  await manager.query(
    `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, details)
     SELECT NULL, 'certificate.issued', 'certificate', c.id::text,
            jsonb_build_object('number', c.number, 'programme', p.code, 'personId', c.person_id,
                               'issuedOn', c.issued_on, 'expiresOn', c.expires_on,
                               'source', c.source, 'approval', c.approval,
                               'renews', c.renews_id, 'replaces', NULL, 'demo', true)
       FROM certificates c JOIN programmes p ON p.id = c.programme_id
      WHERE c.id = ANY($1::uuid[])`,
    [rows.map((c) => c.id)],
  );
}

async function recordRevoked(manager: EntityManager, rows: NumberedDemoCertificate[]) {
  const revoked = rows.filter((c) => c.revokedOn);
  await manager.query(
    `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, details)
     SELECT NULL, 'certificate.revoked', 'certificate', c.id::text,
            jsonb_build_object('number', c.number, 'revokedOn', c.revoked_on,
                               'reason', c.revocation_reason, 'demo', true)
       FROM certificates c WHERE c.id = ANY($1::uuid[])`,
    [revoked.map((c) => c.id)],
  );
}
