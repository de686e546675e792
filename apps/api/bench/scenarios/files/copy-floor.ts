import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const COLUMNS = 12;

// COPY's text format: backslash, tab and line breaks escaped.
const copyField = (value: string): string =>
  value === ''
    ? '\\N'
    : value.replace(/[\\\t\n\r]/g, (c) =>
        c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\',
      );

const cellText = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

async function* xlsxRows(path: string): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let c = 1; c <= COLUMNS; c++) cells.push(cellText(values[c]));
      yield cells;
    }
  }
}

async function* csvRows(path: string): AsyncGenerator<string[]> {
  const records = createReadStream(path).pipe(parse({ bom: true, relax_column_count: true }));
  for await (const record of records as AsyncIterable<string[]>) yield record;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * The floor of the import: the same file stream-read by the same readers (exceljs' streaming
 * reader, csv-parse), every row COPYed as text into a temporary table, nothing checked.
 * Returns the rows copied (the header included).
 */
export async function copyFileIntoScratchTable(
  databaseUrl: string,
  path: string,
  format: 'xlsx' | 'csv',
): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const columns = Array.from({ length: COLUMNS }, (_, i) => `c${i} text`).join(', ');
    await client.query(`CREATE TEMP TABLE bench_import_floor (${columns})`);
    const copy = client.query(copyFrom('COPY bench_import_floor FROM STDIN'));
    const done = once(copy, 'finish');
    let rows = 0;
    for await (const cells of format === 'xlsx' ? xlsxRows(path) : csvRows(path)) {
      const line: string[] = [];
      for (let c = 0; c < COLUMNS; c++) line.push(copyField(cells[c] ?? ''));
      await write(copy, `${line.join('\t')}\n`);
      rows += 1;
    }
    copy.end();
    await done;
    return rows;
  } finally {
    await client.end();
  }
}
