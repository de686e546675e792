/**
 * Accent-insensitive matching without the unaccent extension: the same folding in JS (for the
 * query) and in SQL (translate() of every accented Latin letter to its base, then lower()).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function buildTranslateTables(): { from: string; to: string } {
  let from = '';
  let to = '';
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const char = String.fromCodePoint(code);
      const base = foldVietnamese(char);
      if (/^[a-z]$/.test(base) && base !== char) {
        from += char;
        to += base;
      }
    }
  }
  return { from, to };
}

const TABLES = buildTranslateTables();

/** SQL for the folded form of a text column (the tables hold letters only: safe as literals). */
export const foldedSql = (column: string): string =>
  `lower(translate(${column}, '${TABLES.from}', '${TABLES.to}'))`;

/** LIKE patterns, one per word of the query, each matching anywhere ('%' and '_' escaped). */
export function wordPatterns(query: string): string[] {
  return foldVietnamese(query.normalize('NFC'))
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
