import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { STAFF_FILE_COLUMNS } from '@loa/contracts';
import type { RosterFilter } from './roster-filter';
import { RosterQuery, RosterRow } from './roster.query';
import { genderLabelVi } from '../gender';
import { toFileDate, toSafeText } from './spreadsheet-text';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMN_WIDTHS = [14, 28, 12, 10, 28, 16, 14, 36, 20, 12, 14, 14];

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

/**
 * The roster as an XLSX the staff import accepts back: the header on row 1 (no title row),
 * the import's Vietnamese column names, dates dd/mm/yyyy, every cell a formula-safe string.
 * Written with exceljs' streaming writer, so large rosters never sit in memory as a workbook.
 */
@Injectable()
export class RosterExportService {
  constructor(private readonly roster: RosterQuery) {}

  async workbook(filter: RosterFilter): Promise<Readable> {
    const rows = await this.roster.rows(filter);
    const output = new PassThrough();
    this.write(rows, output).catch((error: unknown) => output.destroy(error as Error));
    return output;
  }

  private async write(rows: RosterRow[], output: PassThrough): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      // Without styles exceljs writes twice as fast; widths and the frozen header need none.
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Danh sách cán bộ', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = STAFF_FILE_COLUMNS.map((column, index) => ({
      key: column.key,
      width: COLUMN_WIDTHS[index],
    }));
    sheet.addRow(STAFF_FILE_COLUMNS.map((column) => column.vi)).commit();
    for (const row of rows) sheet.addRow(rosterCells(row)).commit();
    sheet.commit();
    await workbook.commit();
  }
}

/** "danh-sach-can-bo-<code>-<dd-mm-yyyy>.xlsx", safe in a Content-Disposition header. */
export const rosterFileName = (unitCode: string, asOf: string): string =>
  `danh-sach-can-bo-${unitCode.replace(/[^A-Za-z0-9_-]/g, '-')}-${toFileDate(asOf).replace(/\//g, '-')}.xlsx`;
