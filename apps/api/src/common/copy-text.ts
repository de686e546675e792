/** A value of one column of a COPY row; null is SQL NULL. */
export type CopyValue = string | number | boolean | null;

const SPECIAL = /[\\\t\n\r]/;

const escapeText = (text: string): string =>
  SPECIAL.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;

function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return escapeText(value);
}

/** One row in PostgreSQL's COPY TEXT format: tab-separated, `\N` for null, newline-ended. */
export const encodeCopyRow = (values: readonly CopyValue[]): string =>
  `${values.map(encodeValue).join('\t')}\n`;
