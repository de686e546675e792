import { bulkDownloadFileName, zipEntryName } from './bulk-download-names';

describe('bulk download names', () => {
  it.each([
    { number: '125/2026/GCN-SGDĐT', staff: 'CB001', expected: '125_2026_GCN-SGDĐT-CB001.pdf' },
    { number: 'ABC-7', staff: 'X9', expected: 'ABC-7-X9.pdf' },
  ])('entry $number', ({ number, staff, expected }) => {
    expect(zipEntryName(number, staff)).toBe(expected);
  });

  it('names the ZIP after the unit and the day, dd-mm-yyyy, in ASCII', () => {
    expect(bulkDownloadFileName('X10525', '2026-11-03')).toBe(
      'giay-chung-nhan-X10525-03-11-2026.zip',
    );
    expect(bulkDownloadFileName('ĐV 1', '2026-01-31')).toBe('giay-chung-nhan-DV-1-31-01-2026.zip');
  });
});
