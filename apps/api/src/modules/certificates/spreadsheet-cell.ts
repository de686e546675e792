const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Text no spreadsheet will run as a formula: cells are written as strings (never formulas) and,
 * in addition, text beginning with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe (OWASP's advice against CSV/formula injection), so it stays inert even when the
 * sheet is saved as CSV and opened again.
 */
export const formulaSafe = (text: string | null): string =>
  text && FORMULA_TRIGGER.test(text) ? `'${text}` : (text ?? '');

/** ISO YYYY-MM-DD → dd/mm/yyyy, as dates are written in Vietnamese files. */
export const fileDate = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
