import { computeSchemaDiff } from '../database/schema-diff';

/** Fails when the entities and the migrations disagree (CI's drift check). */
computeSchemaDiff()
  .then((diff) => {
    if (diff.up.length > 0) {
      console.error('Migration drift: the entities need these statements that no migration makes:');
      for (const query of diff.up) console.error(`  ${query}`);
      process.exit(1);
    }
    console.log('No migration drift.');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
