import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeSchemaDiff } from '../database/schema-diff';

/** `npm run migration:generate -- <PascalCaseName>` writes a migration from the entities' drift. */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -- PascalCaseName');
  }
  const diff = await computeSchemaDiff();
  if (diff.up.length === 0) {
    console.log('No changes: the migrations already match the entities.');
    return;
  }
  const timestamp = Date.now();
  const quote = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.map(quote).join('\n')}
  }
}
`;
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const file = join(__dirname, '..', 'database', 'migrations', `${timestamp}-${kebab}.ts`);
  writeFileSync(file, source);
  console.log(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
