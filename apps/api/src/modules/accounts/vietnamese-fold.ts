const VIETNAMESE_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';

/** Lower-case, without accents, đ as d: "Nguyễn Văn Đức" → "nguyen van duc". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

const ACCENTED = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase();
const PLAIN = [...ACCENTED].map(foldVietnamese).join('');

/**
 * The SQL twin of foldVietnamese for NFC text, without the unaccent extension:
 * `translate(lower(expr), 'àá…', 'aa…')`. Both strings are constants with no quotes in them.
 */
export const foldVietnameseSql = (expression: string): string =>
  `translate(lower(${expression}), '${ACCENTED}', '${PLAIN}')`;

/** Escapes LIKE wildcards so user input matches literally (with the default escape `\`). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
