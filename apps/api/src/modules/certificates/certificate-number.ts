/** The suffix of the numbers Loa gives: the document type and the department (Đ is U+0110). */
export const NUMBER_SUFFIX = 'GCN-SGDĐT'.normalize('NFC');

/**
 * A Loa number: `<n>/<year>/GCN-SGDĐT`, the way Vietnamese official documents are numbered
 * (number / year / type-issuer, as in "09/2019/NĐ-CP"). The series restarts every year, so
 * the year is part of the number to keep it unique for ever.
 */
export const loaNumber = (seriesNo: number, year: number): string =>
  `${seriesNo}/${year}/${NUMBER_SUFFIX}`;

const LOA_NUMBER = /^\d+\/\d{4}\/GCN-SGD(?:Đ|D)T$/iu;

/** Whether a number has Loa's own form (an imported record may not take one). */
export const looksLikeLoaNumber = (number: string): boolean =>
  LOA_NUMBER.test(number.normalize('NFC').trim());

/** External records awaiting approval and given no number yet hold this placeholder. */
export const PENDING_NUMBER_PREFIX = 'pending:';

export const pendingPlaceholder = (id: string): string => `${PENDING_NUMBER_PREFIX}${id}`;

export const isPlaceholder = (number: string): boolean =>
  number.toLowerCase().startsWith(PENDING_NUMBER_PREFIX);
