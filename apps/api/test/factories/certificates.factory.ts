import { DataSource } from 'typeorm';
import { unique } from './unique';

export type Approval = 'pending' | 'approved' | 'rejected';

/**
 * A certificate written straight into the table (independent of the issuing service), with a
 * unique number. `expiresOn` is the last valid day (absent: never expires); revocation takes
 * effect on `revokedOn`.
 */
export async function createCertificate(
  ds: DataSource,
  options: {
    personId: string;
    programmeCode: string;
    issuedOn: string;
    expiresOn?: string | null;
    revokedOn?: string | null;
    approval?: Approval;
    number?: string;
  },
): Promise<{ id: string; number: string }> {
  const number = options.number ?? `${unique('')}/GCN-THU`;
  const [row] = await ds.query(
    `INSERT INTO certificates (number, person_id, programme_id, holder_name, holder_date_of_birth,
                               issued_on, expires_on, revoked_on, source, approval)
     SELECT $1, p.id, (SELECT id FROM programmes WHERE code = $3), p.full_name, p.date_of_birth,
            $4, $5, $6, 'external', $7
       FROM people p WHERE p.id = $2
     RETURNING id`,
    [
      number,
      options.personId,
      options.programmeCode,
      options.issuedOn,
      options.expiresOn ?? null,
      options.revokedOn ?? null,
      options.approval ?? 'approved',
    ],
  );
  if (!row) throw new Error(`no person ${options.personId}`);
  return { id: row.id, number };
}

/**
 * A programme of one's own and a target over it, so tests never touch BDTT/CBTT. Default periods:
 * 70 % for 2026–2030 and 100 % for 2031–2035, as the department's plan sets them.
 */
export async function createProgrammeTarget(
  ds: DataSource,
  options: {
    population?: 'communication_officers' | 'all_staff';
    periods?: { startsOn: string; endsOn: string; thresholdBp: number }[];
  } = {},
): Promise<{ programmeCode: string; targetCode: string }> {
  const programmeCode = unique('P');
  const targetCode = unique('TG');
  const [programme] = await ds.query(
    `INSERT INTO programmes (code, name, validity_months) VALUES ($1, $2, 24) RETURNING id`,
    [programmeCode, `Chương trình thử ${programmeCode}`],
  );
  const [target] = await ds.query(
    `INSERT INTO targets (code, name, population, programme_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      targetCode,
      `Chỉ tiêu thử ${targetCode}`,
      options.population ?? 'communication_officers',
      programme.id,
    ],
  );
  const periods = options.periods ?? [
    { startsOn: '2026-01-01', endsOn: '2030-12-31', thresholdBp: 7000 },
    { startsOn: '2031-01-01', endsOn: '2035-12-31', thresholdBp: 10000 },
  ];
  await ds.query(
    `INSERT INTO target_periods (target_id, starts_on, ends_on, threshold_bp)
     SELECT $1, p.starts_on, p.ends_on, p.threshold_bp
       FROM unnest($2::date[], $3::date[], $4::int[]) AS p(starts_on, ends_on, threshold_bp)`,
    [
      target.id,
      periods.map((p) => p.startsOn),
      periods.map((p) => p.endsOn),
      periods.map((p) => p.thresholdBp),
    ],
  );
  return { programmeCode, targetCode };
}
