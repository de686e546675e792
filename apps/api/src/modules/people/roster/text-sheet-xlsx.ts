import archiver from 'archiver';
import { Readable } from 'node:stream';

/** What one sheet of text cells looks like: its name, column widths and whether row 1 stays in view. */
export interface TextSheetLayout {
  sheetName: string;
  columnWidths: number[];
  freezeHeader: boolean;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`;

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

// The smallest stylesheet Excel accepts: one font, the two fills it requires, one cell format.
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// Characters XML 1.0 cannot hold at all (control characters other than tab, LF, CR; lone surrogates).
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const xmlText = (text: string): string =>
  text.replace(NOT_XML, '').replace(XML_SPECIAL, (c) => ENTITY[c]);

/** A, B, … Z, AA, AB … for column index 0, 1, … */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function workbookXml(sheetName: string): string {
  const name = xmlText(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

function sheetHead(layout: TextSheetLayout): string {
  const pane = layout.freezeHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
    : '';
  const cols = layout.columnWidths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

/** Rows as SpreadsheetML, numbered from `first`; every non-empty cell an inline string. */
export function rowsXml(rows: readonly (readonly string[])[], first: number): string {
  let xml = '';
  rows.forEach((cells, offset) => {
    const row = first + offset;
    xml += `<row r="${row}">`;
    cells.forEach((text, column) => {
      if (text === '') return;
      xml += `<c r="${columnLetters(column)}${row}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
    });
    xml += '</row>';
  });
  return xml;
}

async function* sheetXml(
  layout: TextSheetLayout,
  batches: AsyncIterable<readonly (readonly string[])[]>,
): AsyncGenerator<string> {
  yield sheetHead(layout);
  let next = 1;
  for await (const rows of batches) {
    yield rowsXml(rows, next);
    next += rows.length;
  }
  yield '</sheetData></worksheet>';
}

/**
 * An XLSX of one sheet of text cells, written while it is read: the sheet is pulled from
 * `batches` only as fast as the zip is compressed and the reader takes it, so memory stays flat
 * however many rows there are. The first batch is usually the header row.
 */
export function textSheetXlsx(
  layout: TextSheetLayout,
  batches: AsyncIterable<readonly (readonly string[])[]>,
): Readable {
  const zip = archiver('zip', { zlib: { level: 6 } });
  zip.append(CONTENT_TYPES, { name: '[Content_Types].xml' });
  zip.append(PACKAGE_RELS, { name: '_rels/.rels' });
  zip.append(workbookXml(layout.sheetName), { name: 'xl/workbook.xml' });
  zip.append(WORKBOOK_RELS, { name: 'xl/_rels/workbook.xml.rels' });
  zip.append(STYLES, { name: 'xl/styles.xml' });
  const sheet = Readable.from(sheetXml(layout, batches), { objectMode: false });
  sheet.once('error', (error) => zip.destroy(error));
  // A reader that goes away (zip destroyed) stops the rows too.
  zip.once('close', () => sheet.destroy());
  zip.append(sheet, { name: 'xl/worksheets/sheet1.xml' });
  void zip.finalize().catch((error: unknown) => zip.destroy(error as Error));
  return zip;
}
