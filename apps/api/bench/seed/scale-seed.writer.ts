import { ROOT_UNIT_CODE } from '@loa/contracts';
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../src/modules/audit/audit.service';
import { canonicalClaims, keyIdOf } from '../../src/modules/certificates/certificate-payload';
import { templateFor } from '../../src/modules/certificates/certificate-template';
import { SigningKeysService } from '../../src/modules/certificates/signing-keys.service';
import { formatNumber } from '../support/bench-stats';
import { withoutSecondaryIndexes } from './bulk-load-indexes';
import { readCommuneCatalogue } from './commune-catalogue';
import { ASSIGNMENT_COPY_TARGET } from '../../src/common/copy-into';
import { copyRows } from './copy-loader';
import type { CopyValue } from '../../src/common/copy-text';
import {
  BDTT_RENEWAL_WINDOW_MONTHS,
  BDTT_VALIDITY_MONTHS,
  planScaleCertificates,
  seriesCount,
  type OfficerPost,
  type PlannedCertificate,
} from './scale-certificates.planner';
import type { ScaleProfile } from './scale-profiles';
import { generateScaleStaff, type UnitStaff } from './scale-staff.generator';
import { generateScaleTree, type ScaleTree } from './scale-units.generator';

const SERIES_YEAR = 2026;
/** The tables the seed fills with COPY: their indexes are built once, after the rows. */
const BULK_TABLES = ['unit_versions', 'people', 'assignments', 'certificates'];

export interface ScaleCounts {
  provinces: number;
  communes: number;
  schools: number;
  unitVersions: number;
  people: number;
  assignments: number;
  officerPosts: number;
  currentOfficers: number;
  certificates: number;
  revoked: number;
  renewals: number;
  pending: number;
}

interface Bdtt {
  id: string;
  hours: number | null;
  validity_months: number | null;
  renewal_window_months: number | null;
}

/**
 * Writes a scale's generated data through `client` — the connection of `manager`'s
 * transaction — with COPY: units, versions, people, assignments, then the officers'
 * certificates (numbered from the locked 2026 counter, signed like the issuing service signs).
 */
export async function writeScaleData(
  dataSource: DataSource,
  manager: EntityManager,
  client: PoolClient,
  profile: ScaleProfile,
  log: (message: string) => void,
): Promise<ScaleCounts> {
  const [root]: { id: string }[] = await manager.query(`SELECT id FROM units WHERE code = $1`, [
    ROOT_UNIT_CODE,
  ]);
  if (!root)
    throw new Error(`the root unit ${ROOT_UNIT_CODE} is missing: is the database migrated?`);
  const tree = generateScaleTree(readCommuneCatalogue(), profile, root.id);
  const staff = () => generateScaleStaff(tree, profile);
  const officers: OfficerPost[] = [];
  const assignmentCounts = { officerPosts: 0 };
  let people = 0;
  let assignments = 0;
  let certificates: PlannedCertificate[] = [];
  const started = performance.now();
  await withoutSecondaryIndexes(manager, BULK_TABLES, async () => {
    await writeTree(client, tree, log);
    people = await copyRows(client, PEOPLE, peopleRows(staff()), log);
    assignments = await copyRows(
      client,
      ASSIGNMENT_COPY_TARGET,
      assignmentRows(staff(), officers, assignmentCounts),
      log,
    );
    certificates = await writeCertificates(dataSource, manager, client, profile, officers, log);
    log('Re-creating the indexes and foreign keys …');
  });
  log(`Rows and indexes in ${formatNumber((performance.now() - started) / 1000)} s`);
  await manager.query(
    'ANALYZE units, unit_versions, people, assignments, certificates, certificate_counters',
  );
  const levels = (level: string) => tree.units.filter((u) => u.level === level).length;
  return {
    provinces: levels('province'),
    communes: levels('commune'),
    schools: levels('school'),
    unitVersions: tree.versions.length,
    people,
    assignments,
    officerPosts: assignmentCounts.officerPosts,
    currentOfficers: officers.length,
    certificates: certificates.length,
    revoked: certificates.filter((c) => c.revokedOn).length,
    renewals: certificates.filter((c) => c.renewsId).length,
    pending: certificates.filter((c) => c.approval === 'pending').length,
  };
}

const UNITS = { table: 'units', columns: ['id', 'code'] };
const UNIT_VERSIONS = {
  table: 'unit_versions',
  columns: ['id', 'unit_id', 'name', 'kind', 'parent_id', 'valid_from', 'valid_to', 'change'],
};
const PEOPLE = {
  table: 'people',
  columns: ['id', 'staff_code', 'full_name', 'date_of_birth', 'gender', 'email'],
};
const CERTIFICATES = {
  table: 'certificates',
  columns: [
    'id',
    'number',
    'series_year',
    'series_no',
    'person_id',
    'programme_id',
    'unit_id',
    'holder_name',
    'holder_date_of_birth',
    'hours',
    'result',
    'issued_on',
    'expires_on',
    'source',
    'provider',
    'approval',
    'approved_at',
    'revoked_on',
    'revocation_reason',
    'renews_id',
    'signing_key_id',
    'signature',
    'printed_template',
  ],
};

async function writeTree(
  client: PoolClient,
  tree: ScaleTree,
  log: (message: string) => void,
): Promise<void> {
  await copyRows(
    client,
    UNITS,
    tree.units.map((u) => [u.id, u.code]),
    log,
  );
  await copyRows(
    client,
    UNIT_VERSIONS,
    tree.versions.map((v) => [
      v.id,
      v.unitId,
      v.name,
      v.kind,
      v.parentId,
      v.validFrom,
      v.validTo,
      v.change,
    ]),
    log,
  );
}

function* peopleRows(staff: Iterable<UnitStaff>): Generator<CopyValue[]> {
  for (const { people } of staff) {
    for (const p of people) yield [p.id, p.staffCode, p.fullName, p.dateOfBirth, p.gender, p.email];
  }
}

/** The assignment rows; collects the current officers' posts on the way (for certificates). */
function* assignmentRows(
  staff: Iterable<UnitStaff>,
  officers: OfficerPost[],
  counts: { officerPosts: number },
): Generator<CopyValue[]> {
  for (const { unit, people, assignments } of staff) {
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const a of assignments) {
      if (a.communicationOfficer) {
        counts.officerPosts++;
        const person = byId.get(a.personId);
        if (a.endDate === null && person) {
          officers.push({
            personId: person.id,
            fullName: person.fullName,
            dateOfBirth: person.dateOfBirth,
            unitId: a.unitId,
            province: unit.provinceCode,
            branch: unit.communeCode ?? unit.code,
            startDate: a.startDate,
          });
        }
      }
      yield [
        a.id,
        a.personId,
        a.unitId,
        a.position,
        a.communicationOfficer,
        a.startDate,
        a.endDate,
      ];
    }
  }
}

async function bdttProgramme(manager: EntityManager): Promise<Bdtt> {
  const [bdtt]: Bdtt[] = await manager.query(
    `SELECT id, hours, validity_months, renewal_window_months FROM programmes WHERE code = 'BDTT'`,
  );
  if (
    !bdtt ||
    bdtt.validity_months !== BDTT_VALIDITY_MONTHS ||
    bdtt.renewal_window_months !== BDTT_RENEWAL_WINDOW_MONTHS
  ) {
    throw new Error(
      `the bench seed expects BDTT valid ${BDTT_VALIDITY_MONTHS} months with a ${BDTT_RENEWAL_WINDOW_MONTHS}-month renewal window, found ${JSON.stringify(bdtt)}`,
    );
  }
  return bdtt;
}

/** Takes the 2026 series numbers under the counter's row lock, as number-series.ts does. */
async function lockSeries(manager: EntityManager): Promise<number> {
  await manager.query(
    `INSERT INTO certificate_counters (year, last_no) VALUES ($1, 0) ON CONFLICT (year) DO NOTHING`,
    [SERIES_YEAR],
  );
  const [counter]: { last_no: number }[] = await manager.query(
    `SELECT last_no FROM certificate_counters WHERE year = $1 FOR UPDATE`,
    [SERIES_YEAR],
  );
  return counter.last_no + 1;
}

async function writeCertificates(
  dataSource: DataSource,
  manager: EntityManager,
  client: PoolClient,
  profile: ScaleProfile,
  officers: readonly OfficerPost[],
  log: (message: string) => void,
): Promise<PlannedCertificate[]> {
  const bdtt = await bdttProgramme(manager);
  const firstNo = await lockSeries(manager);
  const planned = planScaleCertificates(officers, profile.seed, firstNo);
  await manager.query(`UPDATE certificate_counters SET last_no = last_no + $2 WHERE year = $1`, [
    SERIES_YEAR,
    seriesCount(planned),
  ]);
  const keys = new SigningKeysService(dataSource, new AuditService(dataSource));
  const key = await keys.currentKey(manager);
  const template = JSON.stringify(await templateFor(manager, bdtt.id));
  const privateKey = createPrivateKey(key.privateKey);
  // Renewals after the certificates they renew (renews_id is a foreign key).
  const ordered = [...planned.filter((c) => !c.renewsId), ...planned.filter((c) => c.renewsId)];
  const rows = ordered.map((c): CopyValue[] => {
    const signature = c.source === 'loa' ? signatureOf(c, key.id, privateKey) : null;
    return [
      c.id,
      c.number,
      c.seriesYear,
      c.seriesNo,
      c.holder.personId,
      bdtt.id,
      c.holder.unitId,
      c.holder.fullName,
      c.holder.dateOfBirth,
      bdtt.hours,
      c.result,
      c.issuedOn,
      c.expiresOn,
      c.source,
      c.provider,
      c.approval,
      c.approval === 'approved' ? `${c.issuedOn} 10:00:00+07` : null,
      c.revokedOn,
      c.revocationReason,
      c.renewsId,
      signature ? key.id : null,
      signature,
      signature ? template : null,
    ];
  });
  await copyRows(client, CERTIFICATES, rows, log);
  return planned;
}

/** The Ed25519 signature the issuing service gives (certificate-payload.ts), base64url. */
function signatureOf(c: PlannedCertificate, keyId: string, privateKey: KeyObject): string {
  const text = canonicalClaims({
    number: c.number,
    holderName: c.holder.fullName,
    holderDateOfBirth: c.holder.dateOfBirth,
    programmeCode: 'BDTT',
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    keyId: keyIdOf(keyId),
  });
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64url');
}
