import { ROOT_UNIT_CODE } from '@loa/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { DemoAccount, DemoCity } from './demo-city.types';

/** Rows per statement: keeps each bound array a few MB at most. */
const CHUNK = 10_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Writes the units and their versions; ids are made here, so no statement needs a join. */
async function writeUnits(manager: EntityManager, city: DemoCity): Promise<Map<string, string>> {
  const [root] = await manager.query(`SELECT id FROM units WHERE code = $1`, [ROOT_UNIT_CODE]);
  const ids = new Map<string, string>([[ROOT_UNIT_CODE, root.id]]);
  for (const code of city.unitCodes) ids.set(code, randomUUID());
  for (const codes of chunks(city.unitCodes)) {
    await manager.query(
      `INSERT INTO units (id, code) SELECT * FROM unnest($1::uuid[], $2::varchar[])`,
      [codes.map((code) => ids.get(code)), codes],
    );
  }
  for (const rows of chunks(city.versions)) {
    await manager.query(
      `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, valid_to, change)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::varchar[], $4::uuid[], $5::date[],
                            $6::date[], $7::varchar[])`,
      [
        rows.map((v) => ids.get(v.code)),
        rows.map((v) => v.name),
        rows.map((v) => v.kind),
        rows.map((v) => ids.get(v.parentCode)),
        rows.map((v) => v.validFrom),
        rows.map((v) => v.validTo),
        rows.map((v) => v.change),
      ],
    );
  }
  return ids;
}

async function writePeopleAndAssignments(
  manager: EntityManager,
  city: DemoCity,
  unitIds: Map<string, string>,
): Promise<void> {
  const ids = new Map(city.people.map((p) => [p.staffCode, randomUUID()]));
  for (const rows of chunks(city.people)) {
    await manager.query(
      `INSERT INTO people (id, staff_code, full_name, date_of_birth, gender, email)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::date[], $5::varchar[],
                            $6::text[])`,
      [
        rows.map((p) => ids.get(p.staffCode)),
        rows.map((p) => p.staffCode),
        rows.map((p) => p.fullName),
        rows.map((p) => p.dateOfBirth),
        rows.map((p) => p.gender),
        rows.map((p) => p.email),
      ],
    );
  }
  for (const rows of chunks(city.assignments)) {
    await manager.query(
      `INSERT INTO assignments
         (person_id, unit_id, position, is_communication_officer, start_date, end_date)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::date[],
                            $6::date[])`,
      [
        rows.map((a) => ids.get(a.staffCode)),
        rows.map((a) => unitIds.get(a.unitCode)),
        rows.map((a) => a.position),
        rows.map((a) => a.communicationOfficer),
        rows.map((a) => a.startDate),
        rows.map((a) => a.endDate),
      ],
    );
  }
}

/**
 * Creates the demo accounts that do not exist yet, with their grants; an account that already
 * exists (e.g. `admin` made by LOA_ADMIN_USERNAME) is left exactly as it is.
 * Returns the usernames that already existed.
 */
async function writeAccounts(
  manager: EntityManager,
  accounts: readonly DemoAccount[],
  passwordHash: string,
): Promise<Set<string>> {
  const created: { id: string; username: string }[] = await manager.query(
    `INSERT INTO users (username, password_hash, display_name, person_id)
     SELECT a.username, $2, a.display_name, p.id
       FROM unnest($1::varchar[], $3::text[], $4::varchar[]) AS a(username, display_name, staff_code)
       LEFT JOIN people p ON p.staff_code = a.staff_code
     ON CONFLICT (username) DO NOTHING
     RETURNING id, username`,
    [
      accounts.map((a) => a.username),
      passwordHash,
      accounts.map((a) => a.displayName),
      accounts.map((a) => a.staffCode),
    ],
  );
  const grants = accounts
    .filter((a) => created.some((c) => c.username === a.username))
    .flatMap((a) => a.grants.map((g) => ({ ...g, username: a.username })));
  await manager.query(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT us.id, g.role, un.id
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS g(username, role, unit_code)
       JOIN users us ON us.username = g.username
       JOIN units un ON un.code = g.unit_code`,
    [grants.map((g) => g.username), grants.map((g) => g.role), grants.map((g) => g.unitCode)],
  );
  const createdNames = new Set(created.map((c) => c.username));
  return new Set(accounts.map((a) => a.username).filter((u) => !createdNames.has(u)));
}

/**
 * Writes the whole demo city through `manager` (the caller's transaction), set-based: a few
 * multi-row INSERT … SELECT FROM unnest(…) statements, never a row at a time.
 */
export async function writeDemoCity(
  manager: EntityManager,
  city: DemoCity,
  passwordHash: string,
): Promise<{ existingAccounts: Set<string> }> {
  if (city.versions.some((v) => v.code === ROOT_UNIT_CODE)) {
    throw new Error('the demo city must not redefine the root unit');
  }
  const unitIds = await writeUnits(manager, city);
  await writePeopleAndAssignments(manager, city, unitIds);
  return { existingAccounts: await writeAccounts(manager, city.accounts, passwordHash) };
}
