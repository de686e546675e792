/** Entry name of one PDF inside the ZIP: `125_2026_GCN-SGDĐT-CB00123.pdf`. */
export const zipEntryName = (number: string, staffCode: string): string =>
  `${number.normalize('NFC').replace(/\//g, '_')}-${staffCode}.pdf`;

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-');

/** The downloaded file: `giay-chung-nhan-<unit>-<dd-mm-yyyy>.zip`, ASCII for Content-Disposition. */
export const bulkDownloadFileName = (unitCode: string, isoDay: string): string =>
  `giay-chung-nhan-${ascii(unitCode)}-${isoDay.slice(8, 10)}-${isoDay.slice(5, 7)}-${isoDay.slice(0, 4)}.zip`;
