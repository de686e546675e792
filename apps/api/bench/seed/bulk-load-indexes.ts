import type { EntityManager } from 'typeorm';

interface DroppedIndex {
  name: string;
  definition: string;
}

interface DroppedForeignKey {
  tableName: string;
  name: string;
  definition: string;
}

/** Memory for the index builds of this transaction only. */
const BUILD_MEMORY = `SET LOCAL maintenance_work_mem = '256MB'`;

/**
 * Runs `load` with the secondary indexes and the foreign keys of `tables` dropped, then
 * re-creates them from their own definitions as the catalogue held them (same names, same
 * SQL, so the schema ends exactly as the migrations made it). Building an index once from
 * sorted rows and checking a foreign key with one join is much cheaper than maintaining them
 * row by row through millions of COPY rows. Primary keys and the indexes behind constraints
 * stay. Only inside the caller's transaction: a failure rolls the drops back too.
 */
export async function withoutSecondaryIndexes(
  manager: EntityManager,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('dropping indexes for a bulk load needs a transaction');
  }
  const indexes: DroppedIndex[] = await manager.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [tables],
  );
  const foreignKeys: DroppedForeignKey[] = await manager.query(
    `SELECT conrelid::regclass::text AS "tableName", quote_ident(conname) AS name,
            pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables],
  );
  for (const fk of foreignKeys) {
    await manager.query(`ALTER TABLE ${fk.tableName} DROP CONSTRAINT ${fk.name}`);
  }
  for (const index of indexes) await manager.query(`DROP INDEX ${index.name}`);
  await load();
  await manager.query(BUILD_MEMORY);
  for (const index of indexes) await manager.query(index.definition);
  for (const fk of foreignKeys) {
    await manager.query(`ALTER TABLE ${fk.tableName} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
  }
}
