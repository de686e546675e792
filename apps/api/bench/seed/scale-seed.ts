import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { benchClusterDir } from '../support/bench-database';
import { formatNumber } from '../support/bench-stats';
import type { ScaleName } from '../support/bench-types';
import {
  createMarkerTable,
  GENERATOR_VERSION,
  isUnseeded,
  readMarkers,
  writeMarker,
  type SeedMarker,
} from './bench-seed-marker';
import { SCALE_PROFILES } from './scale-profiles';
import { writeScaleData, type ScaleCounts } from './scale-seed.writer';

/** Two processes seeding one database queue here; the second then finds the marker. */
const SEED_LOCK = `SELECT pg_advisory_xact_lock(hashtext('loa:bench-seed'))`;

const n = (value: number): string => value.toLocaleString('en-US');

export function summaryLines(counts: ScaleCounts, seconds: number): string[] {
  return [
    `${n(counts.provinces)} provinces, ${n(counts.communes)} communes, ${n(counts.schools)} schools (${n(counts.unitVersions)} unit versions)`,
    `${n(counts.people)} people, ${n(counts.assignments)} assignment rows, ${n(counts.officerPosts)} communication-officer posts (${n(counts.currentOfficers)} current)`,
    `${n(counts.certificates)} BDTT certificates (${n(counts.revoked)} revoked, ${n(counts.renewals)} renewals, ${n(counts.pending)} awaiting approval)`,
    `seeded in ${formatNumber(seconds)} s by generator v${GENERATOR_VERSION}`,
  ];
}

function refusal(scale: ScaleName, holds: string): Error {
  return new Error(
    `The bench database for "${scale}" holds ${holds}. The seed never deletes data: delete ` +
      `${benchClusterDir(scale)} (or point LOA_BENCH_DATABASE_URL at an empty, migrated ` +
      `database) and run again.`,
  );
}

/** The marker's summary when the database holds exactly this scale and version; else refuses. */
export function acceptMarkers(markers: SeedMarker[], scale: ScaleName): string[] | undefined {
  if (!markers.length) return undefined;
  const [marker] = markers;
  if (
    markers.length === 1 &&
    marker.scale === scale &&
    marker.generatorVersion === GENERATOR_VERSION
  ) {
    return marker.summary;
  }
  const held = markers.map((m) => `the "${m.scale}" data of generator v${m.generatorVersion}`);
  throw refusal(
    scale,
    `${held.join(' and ')}, not the "${scale}" data of generator v${GENERATOR_VERSION}`,
  );
}

async function databaseSize(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  return `database size ${row.size}`;
}

/**
 * Makes sure the database holds the generated data of `scale` (seeding it with COPY when it
 * does not) and returns lines describing it for the report ("3,321 communes", …). Seeding is
 * one transaction: a killed seed leaves nothing behind. A database holding another scale, an
 * older generator's data or data of its own is refused, never cleaned.
 */
export async function ensureScaleSeed(
  dataSource: DataSource,
  scale: ScaleName,
  log: (message: string) => void,
): Promise<string[]> {
  const done = acceptMarkers(await readMarkers(dataSource.manager), scale);
  if (done) return [...done, await databaseSize(dataSource)];
  const profile = SCALE_PROFILES[scale];
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const started = performance.now();
  let summary: string[] | undefined;
  let seededNow = false;
  try {
    await runner.startTransaction();
    await runner.query(SEED_LOCK);
    summary = acceptMarkers(await readMarkers(runner.manager), scale);
    if (!summary) {
      if (!(await isUnseeded(runner.manager))) throw refusal(scale, 'units or people of its own');
      log(
        `Seeding the "${scale}" data (generator v${GENERATOR_VERSION}) with COPY, in one transaction …`,
      );
      const counts = await writeScaleData(dataSource, runner.manager, client, profile, log);
      summary = summaryLines(counts, (performance.now() - started) / 1000);
      await createMarkerTable(runner.manager);
      await writeMarker(runner.manager, { scale, generatorVersion: GENERATOR_VERSION, summary });
      seededNow = true;
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  if (seededNow) {
    // Outside the transaction (VACUUM cannot run in one): marks the freshly copied pages
    // all-visible, so index-only scans stop visiting the table for every row.
    log('VACUUM (ANALYZE) of the seeded tables …');
    await dataSource.query(
      'VACUUM (ANALYZE) units, unit_versions, people, assignments, certificates',
    );
  }
  return [...summary, await databaseSize(dataSource)];
}
