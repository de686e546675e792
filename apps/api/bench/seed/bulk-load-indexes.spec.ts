import { DataSource, type QueryRunner } from 'typeorm';
import { withoutSecondaryIndexes } from './bulk-load-indexes';

/** Tables of its own, made and dropped inside a rolled-back transaction: Loa's are never touched. */
const PROBE_SCHEMA = `
  CREATE TABLE probe_parent (id int PRIMARY KEY, code text NOT NULL);
  CREATE UNIQUE INDEX probe_parent_code ON probe_parent (code);
  CREATE TABLE probe_child (id int PRIMARY KEY, parent_id int NOT NULL, day date NOT NULL,
    CONSTRAINT probe_child_parent FOREIGN KEY (parent_id) REFERENCES probe_parent (id));
  CREATE INDEX probe_child_parent_day ON probe_child (parent_id, day) WHERE day > '2020-01-01';`;

const CATALOGUE = `
  SELECT indexname AS name, indexdef AS definition FROM pg_indexes
   WHERE tablename IN ('probe_parent', 'probe_child')
  UNION ALL
  SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
   WHERE conrelid IN ('probe_parent'::regclass, 'probe_child'::regclass)
  ORDER BY 1`;

describe('withoutSecondaryIndexes', () => {
  const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  let runner: QueryRunner;

  beforeAll(() => dataSource.initialize());
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(PROBE_SCHEMA);
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  it('loads without the secondary indexes and foreign keys, then restores them exactly', async () => {
    const before = await runner.query(CATALOGUE);
    const during: { name: string }[] = [];
    await withoutSecondaryIndexes(runner.manager, ['probe_parent', 'probe_child'], async () => {
      during.push(...(await runner.query(CATALOGUE)));
      await runner.query(`INSERT INTO probe_parent VALUES (1, 'a'), (2, 'b')`);
      await runner.query(
        `INSERT INTO probe_child VALUES (1, 2, '2026-01-01'), (2, 1, '2019-01-01')`,
      );
    });
    expect(await runner.query(CATALOGUE)).toEqual(before);
    const names = during.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['probe_parent_pkey', 'probe_child_pkey']));
    for (const dropped of ['probe_parent_code', 'probe_child_parent_day', 'probe_child_parent']) {
      expect(names).not.toContain(dropped);
    }
  });

  it('fails when the loaded rows break a foreign key', async () => {
    await expect(
      withoutSecondaryIndexes(runner.manager, ['probe_parent', 'probe_child'], async () => {
        await runner.query(`INSERT INTO probe_child VALUES (1, 99, '2026-01-01')`);
      }),
    ).rejects.toThrow(/foreign key/);
  });

  it('fails when the loaded rows break a unique index', async () => {
    await expect(
      withoutSecondaryIndexes(runner.manager, ['probe_parent', 'probe_child'], async () => {
        await runner.query(`INSERT INTO probe_parent VALUES (1, 'a'), (2, 'a')`);
      }),
    ).rejects.toThrow(/could not create unique index/);
  });

  it('refuses to run outside a transaction', async () => {
    await expect(
      withoutSecondaryIndexes(dataSource.manager, ['probe_parent'], () => Promise.resolve()),
    ).rejects.toThrow(/transaction/);
  });
});
