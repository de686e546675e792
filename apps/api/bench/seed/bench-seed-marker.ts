import type { EntityManager } from 'typeorm';
import { ROOT_UNIT_CODE } from '@loa/contracts';
import type { ScaleName } from '../support/bench-types';

/**
 * The generator's version: bump it whenever the generated data changes, so a database seeded
 * by an older generator is refused instead of silently measured.
 */
export const GENERATOR_VERSION = 2;

export interface SeedMarker {
  scale: ScaleName;
  generatorVersion: number;
  summary: string[];
}

/** Created by the seed itself (not a migration): the bench's own bookkeeping, not Loa's. */
export async function createMarkerTable(manager: EntityManager): Promise<void> {
  await manager.query(`
    CREATE TABLE IF NOT EXISTS bench_seed (
      scale             text PRIMARY KEY,
      generator_version integer NOT NULL,
      seeded_at         timestamptz NOT NULL DEFAULT now(),
      summary           text[] NOT NULL
    )`);
}

export async function readMarkers(manager: EntityManager): Promise<SeedMarker[]> {
  const [{ exists }] = await manager.query(
    `SELECT to_regclass('bench_seed') IS NOT NULL AS exists`,
  );
  if (!exists) return [];
  const rows: { scale: ScaleName; generator_version: number; summary: string[] }[] =
    await manager.query(`SELECT scale, generator_version, summary FROM bench_seed ORDER BY scale`);
  return rows.map((r) => ({
    scale: r.scale,
    generatorVersion: r.generator_version,
    summary: r.summary,
  }));
}

export async function writeMarker(manager: EntityManager, marker: SeedMarker): Promise<void> {
  await manager.query(
    `INSERT INTO bench_seed (scale, generator_version, summary) VALUES ($1, $2, $3)`,
    [marker.scale, marker.generatorVersion, marker.summary],
  );
}

/** No unit but the root, nobody on any roster, no certificate. */
export async function isUnseeded(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT NOT EXISTS (SELECT 1 FROM units WHERE code <> $1)
        AND NOT EXISTS (SELECT 1 FROM people)
        AND NOT EXISTS (SELECT 1 FROM certificates) AS empty`,
    [ROOT_UNIT_CODE],
  );
  return row.empty;
}
