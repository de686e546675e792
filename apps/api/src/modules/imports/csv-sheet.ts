import { parse } from 'csv-parse/sync';
import type { RawRow } from './raw-sheet';
import { fileUnreadable } from './unreadable';

// Control characters other than tab, line feed and carriage return do not occur in text files.
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** UTF-8 text without its BOM; anything else (Windows-1258, UTF-16, binary) is unreadable. */
export function decodeUtf8(buffer: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw fileUnreadable();
  }
  if (BINARY_CONTROL.test(text)) throw fileUnreadable();
  return text;
}

/** Comma or semicolon (Excel in a Vietnamese locale saves CSV with ';'), by the header line. */
export function sniffDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Every record of a UTF-8 CSV file; record n (from 1) is spreadsheet row n. */
export function readCsvSheet(buffer: Buffer): RawRow[] {
  const text = decodeUtf8(buffer);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    throw fileUnreadable();
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}
