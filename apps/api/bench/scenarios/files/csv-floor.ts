import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { RosterQuery } from '../../../src/modules/people/roster/roster.query';
import type { RosterFilter } from '../../../src/modules/people/roster/roster-filter';

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The floor of the export: the roster's rows read by the export's own query and cursor, written
 * as plain CSV (every selected column as stored, no formatting) to `path`. Returns the rows.
 */
export async function writeRosterCsv(
  dataSource: DataSource,
  filter: RosterFilter,
  path: string,
): Promise<number> {
  const out = createWriteStream(path);
  let rows = 0;
  try {
    for await (const batch of new RosterQuery(dataSource).batches(filter)) {
      let chunk = '';
      for (const row of batch) chunk += `${Object.values(row).map(csvCell).join(',')}\n`;
      rows += batch.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return rows;
}
