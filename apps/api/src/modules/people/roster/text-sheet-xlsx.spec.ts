import ExcelJS from 'exceljs';
import { buffer as readAll } from 'node:stream/consumers';
import { readTable } from '../../imports/read-table';
import { columnLetters, textSheetXlsx } from './text-sheet-xlsx';

const layout = { sheetName: 'Danh sách cán bộ', columnWidths: [14, 28, 12], freezeHeader: true };

async function* batches(...groups: string[][][]) {
  for (const group of groups) yield group;
}

async function workbookOf(groups: string[][][]) {
  const bytes = await readAll(textSheetXlsx(layout, batches(...groups)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, sheet: workbook.worksheets[0] };
}

describe('textSheetXlsx', () => {
  it.each([
    { index: 0, letters: 'A' },
    { index: 11, letters: 'L' },
    { index: 25, letters: 'Z' },
    { index: 26, letters: 'AA' },
    { index: 701, letters: 'ZZ' },
    { index: 702, letters: 'AAA' },
  ])('column $index is $letters', ({ index, letters }) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it('writes every batch in order as text cells, empty cells left out', async () => {
    const { sheet } = await workbookOf([
      [['Mã cán bộ', 'Họ và tên', 'Ghi chú']],
      [
        ['NV001', 'Nguyễn Văn <An> & "Bình"', ''],
        ['0123', "'=1+1", '15/03/1990'],
      ],
      [['NV003', 'Trần\u0001 Thị\u000b Hà', 'x']],
    ]);
    expect(sheet.name).toBe('Danh sách cán bộ');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(28);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['Mã cán bộ', 'Họ và tên', 'Ghi chú'],
      ['NV001', 'Nguyễn Văn <An> & "Bình"'],
      ['0123', "'=1+1", '15/03/1990'],
      // Characters XML cannot hold are dropped rather than making the file unreadable.
      ['NV003', 'Trần Thị Hà', 'x'],
    ]);
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)),
    );
  });

  it('is read back by the imports as the same text', async () => {
    const { bytes } = await workbookOf([
      [['Mã đơn vị', 'Tên đơn vị']],
      [['  A1', 'Trường  Mầm non ']],
    ]);
    const rows = await readTable({ filename: 'x.xlsx', mimetype: '', buffer: bytes }, [
      { key: 'code', aliases: ['Mã đơn vị'], required: true },
      { key: 'name', aliases: ['Tên đơn vị'], required: true },
    ]);
    expect(rows).toEqual([{ row: 2, values: { code: 'A1', name: 'Trường  Mầm non' } }]);
  });

  it('pulls the rows only as the file is read, and stops pulling when the reader goes away', async () => {
    let pulled = 0;
    let generatorClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (generatorClosed = resolve));
    async function* endless() {
      try {
        for (;;) {
          pulled += 1;
          yield Array.from({ length: 500 }, (_, i) => [`NV${pulled}-${i}`, 'x'.repeat(200)]);
        }
      } finally {
        generatorClosed();
      }
    }
    const file = textSheetXlsx(layout, endless());
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Nobody reads: only what fills the stream buffers was pulled, not an endless sheet.
    expect(pulled).toBeLessThan(50);
    file.destroy();
    // The rows' generator is closed (its `finally` runs); if it never were, the test times out.
    await closed;
    const afterClose = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(afterClose);
  });
});
