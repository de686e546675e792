import ExcelJS from 'exceljs';
import { readSheetXml } from './sheet-xml';
import { readWithExcelJs } from './xlsx-sheet';

const nonEmpty = (rows: { row: number; cells: string[] }[]) =>
  rows.filter((row) => row.cells.some((cell) => cell !== ''));

async function workbook(
  fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Danh sách'), book);
  book.addWorksheet('Khác').addRow(['không', 'đọc']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function streamedWorkbook(rows: unknown[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = book.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row).commit());
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

describe('readSheetXml reads what exceljs reads', () => {
  it.each([
    {
      what: 'shared strings, numbers, dates, rich text, formulas, booleans, errors, gaps',
      file: () =>
        workbook((sheet) => {
          sheet.addRow(['Mã', 'Tên', 'Ngày', 'Ghi chú', 'Cờ', 'Lỗi']);
          sheet.addRow([
            1234,
            { richText: [{ text: 'Trường ' }, { text: 'Mầm <non> & "A"' }] },
            new Date(Date.UTC(1990, 2, 15)),
            { formula: '1+1', result: 2 },
            true,
            { error: '#N/A' },
          ]);
          sheet.addRow([]);
          sheet.getCell('F4').value = 'cuối';
          sheet.getCell('A5').value = 0.1 + 0.2;
          sheet.getCell('B5').value = { formula: 'A1&"x"', result: 'chuỗi' };
          sheet.getCell('C5').value = new Date(Date.UTC(2026, 0, 31));
          sheet.getCell('C5').numFmt = 'dd/mm/yyyy';
          sheet.getCell('D5').value = 45000;
          sheet.getCell('D5').numFmt = '#,##0';
          sheet.getCell('E5').value = { text: 'trang', hyperlink: 'https://example.org' };
        }),
    },
    {
      what: 'the 1904 date system',
      file: () =>
        workbook((sheet, book) => {
          book.properties.date1904 = true;
          sheet.addRow(['Ngày', new Date(Date.UTC(2026, 8, 5))]);
        }),
    },
    {
      what: 'inline strings of the streaming writer',
      file: () =>
        streamedWorkbook([
          ['Mã cán bộ', 'Họ và tên'],
          ['NV0000001', 'Nguyễn Văn An'],
          ['  ', "'=1+1"],
        ]),
    },
  ])('$what', async ({ file }) => {
    const bytes = await file();
    const fast = readSheetXml(bytes);
    expect(fast).not.toBeNull();
    expect(nonEmpty(fast!)).toEqual(await readWithExcelJs(bytes));
  });

  it('leaves what is no workbook to exceljs', () => {
    expect(readSheetXml(Buffer.from('PK\x03\x04 not a zip', 'latin1'))).toBeNull();
  });
});
