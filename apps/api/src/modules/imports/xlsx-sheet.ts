import type ExcelJS from 'exceljs';
import type { RawRow } from './raw-sheet';
import { readSheetXml } from './sheet-xml';
import { fileUnreadable } from './unreadable';
import { loadExcelJs } from '../../common/heavy-packages';

type CellValue = ExcelJS.CellValue;

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A cell as the text a person sees: dates as YYYY-MM-DD, numbers as plain digits, rich text and
 * hyperlinks as their text, formulas as their result, errors as nothing.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) return '';
    return cellText((result ?? null) as CellValue);
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return '';
  return '';
}

/**
 * Every non-empty row of the workbook's first sheet, with its row number: read from the sheet's
 * XML directly (readSheetXml), or through exceljs for what that reader leaves aside.
 */
export async function readXlsxSheet(buffer: Buffer): Promise<RawRow[]> {
  let rows: RawRow[] | null = null;
  try {
    rows = readSheetXml(buffer);
  } catch {
    rows = null; // exceljs decides whether the file is readable at all
  }
  return rows
    ? rows.filter((row) => row.cells.some((cell) => cell !== ''))
    : readWithExcelJs(buffer);
}

/** The same rows through exceljs (a complete reader, many times slower). */
export async function readWithExcelJs(buffer: Buffer): Promise<RawRow[]> {
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileUnreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileUnreadable();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}
