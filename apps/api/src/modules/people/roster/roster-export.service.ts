import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { STAFF_FILE_COLUMNS } from '@loa/contracts';
import type { RosterFilter } from './roster-filter';
import { RosterQuery, RosterRow } from './roster.query';
import { genderLabelVi } from '../gender';
import { toFileDate, toSafeText } from './spreadsheet-text';
import { textSheetXlsx, type TextSheetLayout } from './text-sheet-xlsx';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LAYOUT: TextSheetLayout = {
  sheetName: 'Danh sách cán bộ',
  columnWidths: [14, 28, 12, 10, 28, 16, 14, 36, 20, 12, 14, 14],
  freezeHeader: true,
};

const HEADER = STAFF_FILE_COLUMNS.map((column) => column.vi);

/** One roster entry as the cells of a row, in STAFF_FILE_COLUMNS order. */
export function rosterCells(row: RosterRow): string[] {
  return [
    row.staff_code,
    row.full_name,
    toFileDate(row.date_of_birth),
    genderLabelVi(row.gender),
    row.email,
    row.phone,
    row.unit_code,
    row.unit_name,
    row.position,
    row.is_communication_officer ? 'có' : 'không',
    toFileDate(row.start_date),
    toFileDate(row.end_date),
  ].map(toSafeText);
}

async function* sheetRows(
  first: RosterRow[],
  rest: AsyncGenerator<RosterRow[]>,
): AsyncGenerator<string[][]> {
  yield [HEADER];
  yield first.map(rosterCells);
  for await (const batch of rest) yield batch.map(rosterCells);
}

/**
 * The roster as an XLSX the staff import accepts back: the header on row 1 (no title row),
 * the import's Vietnamese column names, dates dd/mm/yyyy, every cell a formula-safe string.
 * Rows come from a cursor a batch at a time, only as fast as the client downloads the file, so a
 * whole province's roster never sits in memory, neither as rows nor as a workbook.
 */
@Injectable()
export class RosterExportService {
  constructor(private readonly roster: RosterQuery) {}

  async workbook(filter: RosterFilter): Promise<Readable> {
    const rows = this.roster.batches(filter, 500);
    // The first batch is read before answering, so a failing query is still an error status.
    const first = await rows.next();
    const file = textSheetXlsx(LAYOUT, sheetRows(first.done ? [] : first.value, rows));
    // However the download ends (finished, failed, abandoned), the cursor's connection returns.
    file.once('close', () => void rows.return(undefined));
    return file;
  }
}

/** "danh-sach-can-bo-<code>-<dd-mm-yyyy>.xlsx", safe in a Content-Disposition header. */
export const rosterFileName = (unitCode: string, asOf: string): string =>
  `danh-sach-can-bo-${unitCode.replace(/[^A-Za-z0-9_-]/g, '-')}-${toFileDate(asOf).replace(/\//g, '-')}.xlsx`;
