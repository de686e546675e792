import type { ITableCellBorders, Paragraph, Table } from 'docx';
import { loadDocx } from '../../common/heavy-packages';
import {
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  type ReportDocument,
  type ReportTable,
} from './report-document';

/** Decree 30/2020/NĐ-CP: Times New Roman, 13–14 pt body; sizes here are in half-points. */
const FONT = 'Times New Roman';
const BODY = 28;
const SMALL = 26;
type Docx = typeof import('docx');

const noBorders = ({ BorderStyle }: Docx): ITableCellBorders => {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none };
};

interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: Docx['AlignmentType'][keyof Docx['AlignmentType']];
}

const line = (
  { Paragraph, TextRun, AlignmentType }: Docx,
  { text, bold, italics, size = BODY, align = AlignmentType.CENTER }: Line,
) =>
  new Paragraph({
    alignment: align,
    children: [new TextRun({ text, bold, italics, size, font: FONT })],
  });

const body = ({ Paragraph, TextRun, AlignmentType }: Docx, text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 60, after: 60 },
    children: [new TextRun({ text, size: BODY, font: FONT })],
  });

function headerBlock(docx: Docx, doc: ReportDocument): Table {
  const { Table, TableRow, TableCell, WidthType } = docx;
  const NO_BORDERS = noBorders(docx);
  const left = [
    ...(doc.superiorBody ? [line(docx, { text: doc.superiorBody, size: SMALL })] : []),
    line(docx, { text: doc.issuingBody, bold: true, size: SMALL }),
    line(docx, { text: doc.number, size: SMALL }),
  ];
  const right = [
    line(docx, { text: NATIONAL_TITLE, bold: true, size: SMALL }),
    line(docx, { text: NATIONAL_MOTTO, bold: true }),
    line(docx, { text: doc.placeAndDate, italics: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 42, type: WidthType.PERCENTAGE },
            children: left,
          }),
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 58, type: WidthType.PERCENTAGE },
            children: right,
          }),
        ],
      }),
    ],
  });
}

function dataTable(docx: Docx, table: ReportTable): (Paragraph | Table)[] {
  const { Table, TableRow, TableCell, Paragraph, TextRun, WidthType, AlignmentType } = docx;
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text, bold, size: 22, font: FONT })],
        }),
      ],
    });
  return [
    line(docx, { text: table.caption, italics: true, size: 24 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.header.map((h) => cell(h, true)) }),
        ...table.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
      ],
    }),
  ];
}

function signatureBlock(docx: Docx, doc: ReportDocument): Table {
  const { Table, TableRow, TableCell, Paragraph, WidthType, AlignmentType } = docx;
  const NO_BORDERS = noBorders(docx);
  const left = [
    line(docx, {
      text: 'Nơi nhận:',
      bold: true,
      italics: true,
      size: 24,
      align: AlignmentType.LEFT,
    }),
    ...doc.recipients.map((text) => line(docx, { text, size: 22, align: AlignmentType.LEFT })),
  ];
  const right = [
    line(docx, { text: doc.signerTitle, bold: true }),
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    line(docx, { text: doc.signerName, bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: left,
          }),
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: right,
          }),
        ],
      }),
    ],
  });
}

/** A4 portrait, margins 20–30 mm as the decree sets them. */
export function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const docx = loadDocx();
  const { Document, Packer, Paragraph, AlignmentType } = docx;
  const children: (Paragraph | Table)[] = [
    headerBlock(docx, doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    line(docx, { text: doc.title, bold: true }),
    line(docx, { text: doc.subtitle, bold: true }),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
    body(docx, doc.intro),
  ];
  for (const section of doc.sections) {
    children.push(line(docx, { text: section.heading, bold: true, align: AlignmentType.LEFT }));
    children.push(...section.paragraphs.map((text) => body(docx, text)));
    for (const table of section.tables) children.push(...dataTable(docx, table));
  }
  children.push(
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    signatureBlock(docx, doc),
  );
  children.push(
    line(docx, { text: doc.footnote, italics: true, size: 16, align: AlignmentType.LEFT }),
  );
  const document = new Document({
    creator: 'Loa',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
