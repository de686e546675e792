import ExcelJS from 'exceljs';
import { DomainError } from '../../common/domain-error';
import { ColumnSpec, readTable, readTableWithHeaders } from './read-table';

type Key = 'code' | 'name' | 'born' | 'note';
const columns: ColumnSpec<Key>[] = [
  { key: 'code', aliases: ['Mã đơn vị'], required: true },
  { key: 'name', aliases: ['Tên đơn vị'], required: true },
  { key: 'born', aliases: ['Ngày sinh'], required: false },
  { key: 'note', aliases: ['Ghi chú'], required: false },
];

const csv = (text: string) => ({
  filename: 'a.csv',
  mimetype: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

async function xlsx(rows: unknown[][], filename = 'a.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('Khác').addRow(['không', 'đọc']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename, mimetype: 'application/octet-stream', buffer };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('readTable', () => {
  it('reads a comma CSV with a BOM, trims, NFC-normalises, drops empty cells and rows', async () => {
    const decomposed = 'Tru\u031bo\u031b\u0300ng'; // "Trường" in NFD
    const rows = await readTable(
      csv(
        `\uFEFFMa_Don_Vi, TÊN ĐƠN VỊ ,Ghi chú\r\n A1 ,${decomposed},\r\n,,\r\n"B,2","Tên ""có"" dấu phẩy, nữa",x\r\n`,
      ),
      columns,
    );
    expect(rows).toEqual([
      { row: 2, values: { code: 'A1', name: 'Trường' } },
      { row: 4, values: { code: 'B,2', name: 'Tên "có" dấu phẩy, nữa', note: 'x' } },
    ]);
    expect(rows[0].values.name).toBe('Trường'.normalize('NFC'));
  });

  it('sniffs the semicolon Excel uses in Vietnamese locales', async () => {
    const rows = await readTable(csv('code;name;born\nA;Trường A, cơ sở 2;15/03/1990\n'), columns);
    expect(rows).toEqual([
      { row: 2, values: { code: 'A', name: 'Trường A, cơ sở 2', born: '15/03/1990' } },
    ]);
  });

  it('reads the first sheet of an XLSX as text: dates, numbers, rich text, formulas', async () => {
    const file = await xlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Ngày sinh', 'Ghi chú'],
      [
        1234,
        { richText: [{ text: 'Trường ' }, { text: 'Mầm non' }] },
        new Date(Date.UTC(1990, 2, 15)),
        { formula: '1+1', result: 2 },
      ],
      [],
      ['X', 'Y', null, 'ok'],
    ]);
    const { rows, headers } = await readTableWithHeaders(file, columns);
    expect(rows).toEqual([
      { row: 2, values: { code: '1234', name: 'Trường Mầm non', born: '1990-03-15', note: '2' } },
      { row: 4, values: { code: 'X', name: 'Y', note: 'ok' } },
    ]);
    expect(headers).toEqual({
      code: 'Mã đơn vị',
      name: 'Tên đơn vị',
      born: 'Ngày sinh',
      note: 'Ghi chú',
    });
  });

  it.each([
    {
      what: 'a PNG renamed .xlsx',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    },
    {
      what: 'a ZIP that is no workbook',
      bytes: Buffer.from('PK\x03\x04 this is not a workbook', 'latin1'),
    },
    { what: 'an old .xls', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
    { what: 'Windows-1258 text', bytes: Buffer.from([0x4d, 0xe3, 0x20, 0x64, 0x6f, 0x6e, 0x0a]) },
    { what: 'text with NUL bytes', bytes: Buffer.from('code,name\n\u0000\u0001,x\n', 'utf8') },
  ])('refuses $what as unreadable', async ({ bytes }) => {
    const error = await failure(
      readTable({ filename: 'x.xlsx', mimetype: '', buffer: bytes }, columns),
    );
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toBe('Không đọc được tệp: tệp không phải CSV UTF-8 hoặc Excel (.xlsx)');
  });

  it('reports unknown and missing headers on row 1', async () => {
    const error = await failure(readTable(csv('Mã đơn vị,Địa chỉ\nA,B\n'), columns));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toEqual([
      expect.objectContaining({ row: 1, column: 'Địa chỉ', code: 'unknown_column' }),
      expect.objectContaining({ row: 1, column: 'Tên đơn vị', code: 'missing_column' }),
    ]);
    expect(error.details![0].message).toMatch(/^Dòng 1, cột Địa chỉ: /);
  });

  it('reports a column given twice', async () => {
    const error = await failure(readTable(csv('code,Mã đơn vị,name\nA,A,B\n'), columns));
    expect(error.details).toEqual([
      expect.objectContaining({ row: 1, column: 'Mã đơn vị', code: 'duplicate_column' }),
    ]);
  });

  it.each([
    { what: 'an empty file', text: '' },
    { what: 'a header only', text: 'code,name\r\n' },
    { what: 'blank data rows', text: 'code,name\n,\n \n' },
  ])('refuses $what: no data rows', async ({ text }) => {
    const error = await failure(readTable(csv(text || '\uFEFF'), columns));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toBe('Tệp không có dòng dữ liệu nào');
  });
});
