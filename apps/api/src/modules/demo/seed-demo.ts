import { ROOT_UNIT_CODE } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { DEMO_PASSWORD, DEMO_SEED, generateDemoCity } from './demo-city.generator';
import type { DemoCity } from './demo-city.types';
import { writeDemoCity } from './demo-city.writer';
import { writeDemoReports } from './demo-reports';
import { writeDemoCertificates } from './demo-certificates.writer';
import { DEMO_AUTHOR, writeDemoCourses } from './demo-courses.writer';

export interface DemoSummary {
  password: string;
  accounts: { username: string; description: string }[];
}

/** The audit event that marks a database as holding the demo city; its details keep the summary. */
export const DEMO_SEEDED_ACTION = 'demo.seeded';
const DEMO_ENTITY = { entityType: 'demo', entityId: 'haiphong-2025' };

async function seededSummary(manager: EntityManager): Promise<DemoSummary | undefined> {
  const [marker] = await manager.query(
    `SELECT details -> 'summary' AS summary FROM audit_events
      WHERE action = $1 AND entity_type = $2 AND entity_id = $3 ORDER BY id LIMIT 1`,
    [DEMO_SEEDED_ACTION, DEMO_ENTITY.entityType, DEMO_ENTITY.entityId],
  );
  return marker?.summary ?? undefined;
}

/** Empty: no unit but the root and nobody on any roster. */
async function isEmpty(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT NOT EXISTS (SELECT 1 FROM units WHERE code <> $1)
        AND NOT EXISTS (SELECT 1 FROM people) AS empty`,
    [ROOT_UNIT_CODE],
  );
  return row.empty;
}

/** Fails (and so rolls the transaction back) unless every generated row landed. */
async function assertComplete(manager: EntityManager, city: DemoCity): Promise<void> {
  const [counts] = await manager.query(
    `SELECT (SELECT count(*) FROM units)::int AS units,
            (SELECT count(*) FROM unit_versions)::int AS versions,
            (SELECT count(*) FROM people)::int AS people,
            (SELECT count(*) FROM assignments)::int AS assignments`,
  );
  const expected = {
    units: city.unitCodes.length + 1,
    versions: city.versions.length + 1,
    people: city.people.length,
    assignments: city.assignments.length,
  };
  if (JSON.stringify(counts) !== JSON.stringify(expected)) {
    throw new Error(`demo seed incomplete: ${JSON.stringify({ counts, expected })}`);
  }
}

const learnerOf = (city: DemoCity): string =>
  city.accounts.find((a) => a.username === 'learner')?.staffCode ?? '';

function summaryOf(city: DemoCity, existingAccounts: Set<string>): DemoSummary {
  return {
    password: DEMO_PASSWORD,
    accounts: [...city.accounts, DEMO_AUTHOR].map(({ username, description }) => ({
      username,
      description: existingAccounts.has(username)
        ? `${description}; tài khoản có sẵn, mật khẩu không đổi (existing account, password unchanged)`
        : description,
    })),
  };
}

/**
 * Seeds the demo city on an empty database (no unit but the root), in one transaction, and
 * returns the demo accounts to print. On a database already seeded it returns the same
 * summary without writing anything; on any other non-empty database, undefined.
 */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  options: { quiet?: boolean } = {},
): Promise<DemoSummary | undefined> {
  const log = options.quiet ? () => undefined : (message: string) => console.log(message);
  const existing = await seededSummary(dataSource.manager);
  if (existing) return existing;
  if (!(await isEmpty(dataSource.manager))) return undefined;

  const started = Date.now();
  log('Seeding the demo city of Hải Phòng (a minute or two, once) …');
  const city = generateDemoCity(DEMO_SEED);
  const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
  const summary = await dataSource.transaction(async (manager) => {
    // Two processes starting on one empty database: the second waits here, then finds it seeded.
    await manager.query('LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE');
    const seeded = await seededSummary(manager);
    if (seeded) return seeded;
    if (!(await isEmpty(manager))) return undefined;
    const { existingAccounts } = await writeDemoCity(manager, city, passwordHash);
    await assertComplete(manager, city);
    await writeDemoCourses(manager, passwordHash, DEMO_SEED, learnerOf(city));
    const issued = await writeDemoCertificates(dataSource, manager, city, DEMO_SEED);
    await writeDemoReports(manager, DEMO_SEED);
    const result = summaryOf(city, existingAccounts);
    await new AuditService(dataSource).record(
      {
        actorUserId: null,
        action: DEMO_SEEDED_ACTION,
        ...DEMO_ENTITY,
        details: {
          seed: DEMO_SEED,
          units: city.unitCodes.length,
          people: city.people.length,
          assignments: city.assignments.length,
          certificates: issued.certificates,
          summary: result,
        },
      },
      manager,
    );
    return result;
  });
  if (summary) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `Demo city ready in ${seconds} s: ${city.unitCodes.length} units, ` +
        `${city.people.length} people, ${city.assignments.length} assignments.`,
    );
  }
  return summary;
}
