import type { RawRow } from './raw-sheet';
import { openZip, type ZipReader } from './zip-entries';

// Number formats Excel builds in that show a date (what exceljs reads as a Date).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITY[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/** An attribute of a tag's attribute text, decoded; undefined when absent. */
const attributePatterns = new Map<string, RegExp>();

export function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2]) : undefined;
}

/** The text of a shared or inline string: its <t> runs joined, phonetic guides left out. */
function stringText(xml: string): string {
  let text = '';
  const runs = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  const withoutPhonetics = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  for (let m = runs.exec(withoutPhonetics); m; m = runs.exec(withoutPhonetics)) {
    text += m[1];
  }
  return decodeXml(text);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const items = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = items.exec(xml); m; m = items.exec(xml)) strings.push(m[1] ? stringText(m[1]) : '');
  return strings;
}

function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell format (the `s` of a cell), whether it shows numbers as dates. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats = /<numFmt\s([^>]*?)\/?>/g;
  for (let m = formats.exec(xml); m; m = formats.exec(xml)) {
    custom.set(Number(attribute(m[1], 'numFmtId')), attribute(m[1], 'formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  const xfs = /<xf\s([^>]*?)\/?>/g;
  for (let m = xfs.exec(cellXfs); m; m = xfs.exec(cellXfs)) {
    const id = Number(attribute(m[1], 'numFmtId') ?? 0);
    styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}

const columnIndex = (reference: string): number => {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
};

const isoOfSerial = (serial: number, date1904: boolean): string =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000))
    .toISOString()
    .slice(0, 10);

/** The path of the workbook's first sheet, from workbook.xml and its relationships. */
function firstSheetPath(workbook: string, zip: ZipReader): string | null {
  const sheet = /<sheet\s([^>]*?)\/?>/.exec(workbook);
  const id = sheet && /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(` ${sheet[1]}`)?.[1];
  const rels = zip('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!id || !rels) return null;
  const relationships = /<Relationship\s([^>]*?)\/?>/g;
  for (let m = relationships.exec(rels); m; m = relationships.exec(rels)) {
    if (attribute(m[1], 'Id') !== id) continue;
    const target = attribute(m[1], 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return null;
}

/**
 * Every row of the first sheet of an XLSX as the text a person sees, read straight from its
 * XML: shared and inline strings, numbers as plain digits, numbers in a date format as
 * YYYY-MM-DD, booleans, formulas as their stored result, errors as nothing (the same text as
 * cellText gives through exceljs, many times faster and without building a workbook).
 * Returns null for a file it does not understand, so the caller can use exceljs instead.
 */
export function readSheetXml(buffer: Buffer): RawRow[] | null {
  const zip = openZip(buffer);
  const workbook = zip?.('xl/workbook.xml')?.toString('utf8');
  if (!zip || !workbook) return null;
  const path = firstSheetPath(workbook, zip);
  const sheet = path ? zip(path)?.toString('utf8') : null;
  // Prefixed element names (<x:row>) and the like are left to exceljs.
  if (!sheet || !/<sheetData[\s/>]/.test(sheet)) return null;
  const strings = sharedStrings(zip('xl/sharedStrings.xml')?.toString('utf8') ?? null);
  const dates = dateStyles(zip('xl/styles.xml')?.toString('utf8') ?? null);
  const date1904 = /<workbookPr\s[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook);

  const rows: RawRow[] = [];
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let rowNumber = 0;
  for (let r = rowPattern.exec(sheet); r; r = rowPattern.exec(sheet)) {
    rowNumber = Number(attribute(r[1], 'r') ?? rowNumber + 1);
    const cells: string[] = [];
    let column = -1;
    const body = r[2] ?? '';
    for (let c = cellPattern.exec(body); c; c = cellPattern.exec(body)) {
      const reference = attribute(c[1], 'r');
      column = reference ? columnIndex(reference) : column + 1;
      const type = attribute(c[1], 't') ?? 'n';
      const inner = c[2] ?? '';
      const raw = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 'inlineStr') text = stringText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (raw === undefined || type === 'e') text = '';
      else if (type === 's') text = strings[Number(raw)] ?? '';
      else if (type === 'str') text = decodeXml(raw);
      else if (type === 'b') text = raw === '1' ? 'true' : 'false';
      else if (type === 'd') text = new Date(decodeXml(raw)).toISOString().slice(0, 10);
      else {
        const number = Number(raw);
        if (!Number.isFinite(number)) text = '';
        else if (dates[Number(attribute(c[1], 's') ?? 0)]) text = isoOfSerial(number, date1904);
        else text = String(number);
      }
      cells[column] = text;
    }
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  }
  return rows;
}
