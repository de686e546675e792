/** ISO YYYY-MM-DD → dd/mm/yyyy, the way dates are written in Vietnamese files. */
export const toFileDate = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Text that no spreadsheet will run as a formula. Every cell is already written as a string
 * (never a formula); in addition, text starting with = + - @ (or a tab / carriage return) gets
 * a leading apostrophe, the OWASP advice against formula injection, so that it stays inert even
 * after the sheet is saved as CSV and opened again. The staff import removes exactly that
 * apostrophe (see fromSafeText), so an exported file re-imports unchanged.
 */
export const toSafeText = (text: string | null): string =>
  text && FORMULA_TRIGGER.test(text) ? `'${text}` : (text ?? '');

/** Undoes toSafeText: "'=abc" → "=abc"; any other text is returned as it is. */
export const fromSafeText = (text: string): string =>
  text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
