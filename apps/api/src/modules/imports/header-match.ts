/**
 * A header as people type it, reduced to what matters: lower case, no Vietnamese accents
 * (đ → d), no surrounding spaces, '_' and runs of spaces as one space.
 * "Mã đơn vị", " ma don vi ", "MA_DON_VI" all become "ma don vi".
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[_\s\u00a0]+/g, ' ')
    .trim();
}

/** What a column of an import is called: its key (English) and the other names people use. */
export interface ColumnSpec<K extends string> {
  key: K;
  aliases: string[];
  required: boolean;
}

/** The column a header means, or undefined when it means none of them. */
export function matchColumn<K extends string>(
  header: string,
  columns: ColumnSpec<K>[],
): ColumnSpec<K> | undefined {
  const wanted = normalizeHeader(header);
  if (wanted === '') return undefined;
  return columns.find((column) =>
    [column.key, ...column.aliases].some((name) => normalizeHeader(name) === wanted),
  );
}

/** How a column is named in messages when the file does not name it: its first alias. */
export const columnLabel = <K extends string>(column: ColumnSpec<K>): string =>
  column.aliases[0] ?? column.key;
