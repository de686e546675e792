import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
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
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

const line = ({ text, bold, italics, size = BODY, align = AlignmentType.CENTER }: Line) =>
  new Paragraph({
    alignment: align,
    children: [new TextRun({ text, bold, italics, size, font: FONT })],
  });

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 60, after: 60 },
    children: [new TextRun({ text, size: BODY, font: FONT })],
  });

function headerBlock(doc: ReportDocument): Table {
  const left = [
    ...(doc.superiorBody ? [line({ text: doc.superiorBody, size: SMALL })] : []),
    line({ text: doc.issuingBody, bold: true, size: SMALL }),
    line({ text: doc.number, size: SMALL }),
  ];
  const right = [
    line({ text: NATIONAL_TITLE, bold: true, size: SMALL }),
    line({ text: NATIONAL_MOTTO, bold: true }),
    line({ text: doc.placeAndDate, italics: true }),
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

function dataTable(table: ReportTable): (Paragraph | Table)[] {
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
    line({ text: table.caption, italics: true, size: 24 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.header.map((h) => cell(h, true)) }),
        ...table.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
      ],
    }),
  ];
}

function signatureBlock(doc: ReportDocument): Table {
  const left = [
    line({ text: 'Nơi nhận:', bold: true, italics: true, size: 24, align: AlignmentType.LEFT }),
    ...doc.recipients.map((text) => line({ text, size: 22, align: AlignmentType.LEFT })),
  ];
  const right = [
    line({ text: doc.signerTitle, bold: true }),
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    line({ text: doc.signerName, bold: true }),
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
  const children: (Paragraph | Table)[] = [
    headerBlock(doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    line({ text: doc.title, bold: true }),
    line({ text: doc.subtitle, bold: true }),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
    body(doc.intro),
  ];
  for (const section of doc.sections) {
    children.push(line({ text: section.heading, bold: true, align: AlignmentType.LEFT }));
    children.push(...section.paragraphs.map(body));
    for (const table of section.tables) children.push(...dataTable(table));
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [] }), signatureBlock(doc));
  children.push(line({ text: doc.footnote, italics: true, size: 16, align: AlignmentType.LEFT }));
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
