import { DomainError } from '../../common/domain-error';
import { readCsvSheet } from './csv-sheet';
import { ColumnSpec, columnLabel, matchColumn } from './header-match';
import type { RawRow } from './raw-sheet';
import type { UploadedFile } from './uploaded-file';
import { fileUnreadable } from './unreadable';
import { readXlsxSheet } from './xlsx-sheet';

export type { ColumnSpec } from './header-match';

/** One data row: its spreadsheet row number (the header is row 1) and its non-empty cells. */
export interface TableRow<K extends string> {
  row: number;
  values: Partial<Record<K, string>>;
}

/** The rows and, for messages, each column's header as the file spells it. */
export interface Table<K extends string> {
  rows: TableRow<K>[];
  headers: Record<K, string>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

async function readSheet(file: UploadedFile): Promise<RawRow[]> {
  const head = file.buffer.subarray(0, 4);
  if (head.equals(ZIP_MAGIC)) return readXlsxSheet(file.buffer);
  if (head.equals(OLE2_MAGIC)) throw fileUnreadable(); // old .xls
  return readCsvSheet(file.buffer);
}

const noDataRows = (): DomainError =>
  new DomainError('IMPORT_INVALID', 'Tệp không có dòng dữ liệu nào', 'The file has no data rows', [
    { row: 2, column: '', code: 'no_rows', message: 'Tệp không có dòng dữ liệu nào' },
  ]);

const clean = (cell: string | undefined): string => (cell ?? '').normalize('NFC').trim();

const headerError = (row: number, column: string, code: string, problem: string) => ({
  row,
  column,
  code,
  message: `Dòng ${row}, cột ${column}: ${problem}`,
});

/** Maps the header row's cells to columns; every unknown, duplicate or missing one is an error. */
function mapHeaders<K extends string>(header: RawRow, columns: ColumnSpec<K>[]) {
  const positions = new Map<number, K>();
  const headers = {} as Record<K, string>;
  const errors: ReturnType<typeof headerError>[] = [];
  const known = `các cột dùng được: ${columns.map(columnLabel).join(', ')}`;
  header.cells.forEach((raw, position) => {
    const text = clean(raw);
    if (text === '') return;
    const column = matchColumn(text, columns);
    if (!column) {
      errors.push(headerError(header.row, text, 'unknown_column', `không có trong mẫu (${known})`));
    } else if (headers[column.key] !== undefined) {
      errors.push(headerError(header.row, text, 'duplicate_column', 'cột này xuất hiện hai lần'));
    } else {
      headers[column.key] = text;
      positions.set(position, column.key);
    }
  });
  for (const column of columns) {
    if (column.required && headers[column.key] === undefined) {
      const label = columnLabel(column);
      errors.push(headerError(header.row, label, 'missing_column', 'thiếu cột bắt buộc'));
    }
    headers[column.key] ??= columnLabel(column);
  }
  if (errors.length > 0) {
    throw new DomainError(
      'IMPORT_INVALID',
      `Tệp có ${errors.length} lỗi ở dòng tiêu đề, chưa ghi dữ liệu nào`,
      `The header row has ${errors.length} error(s); nothing was written`,
      errors,
    );
  }
  return { positions, headers };
}

/**
 * Reads an uploaded CSV (UTF-8, with or without BOM, ',' or ';') or XLSX (first sheet), told
 * apart by their bytes, never by the file name. The first non-empty row is the header; headers
 * match `columns` whatever their case, accents, spaces or underscores. Values are trimmed and
 * NFC; empty cells are left out and empty rows skipped.
 */
export async function readTableWithHeaders<K extends string>(
  file: UploadedFile,
  columns: ColumnSpec<K>[],
): Promise<Table<K>> {
  const sheet = await readSheet(file);
  // The header is the first row with any text; only the columns it maps are read below it.
  const headerAt = sheet.findIndex((raw) => raw.cells.some((c) => clean(c) !== ''));
  if (headerAt < 0) throw noDataRows();
  const { positions, headers } = mapHeaders(sheet[headerAt], columns);
  const mapped = [...positions];
  const rows: TableRow<K>[] = [];
  for (let i = headerAt + 1; i < sheet.length; i++) {
    const raw = sheet[i];
    const values: Partial<Record<K, string>> = {};
    let any = false;
    for (const [position, key] of mapped) {
      const value = clean(raw.cells[position]);
      if (value === '') continue;
      values[key] = value;
      any = true;
    }
    if (any) rows.push({ row: raw.row, values });
  }
  if (rows.length === 0) throw noDataRows();
  return { rows, headers };
}

/** As readTableWithHeaders, the rows only. */
export async function readTable<K extends string>(
  file: UploadedFile,
  columns: ColumnSpec<K>[],
): Promise<TableRow<K>[]> {
  return (await readTableWithHeaders(file, columns)).rows;
}
