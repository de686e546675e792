import { loadPdfKit } from '../../common/heavy-packages';
import { certificateFonts } from '../certificates/certificate-fonts';
import {
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  type ReportDocument,
  type ReportTable,
} from './report-document';

const PAGE_HEIGHT = 841.89; // A4 portrait, points
const LEFT = 85; // 30 mm
const RIGHT = 57; // 20 mm
const WIDTH = 595.28 - LEFT - RIGHT;
const BOTTOM = PAGE_HEIGHT - 57;

type Pdf = PDFKit.PDFDocument;

function centred(pdf: Pdf, text: string, x: number, width: number, font: string, size: number) {
  pdf.font(font).fontSize(size).text(text, x, pdf.y, { width, align: 'center' });
}

function header(pdf: Pdf, doc: ReportDocument): void {
  const top = 57;
  const leftWidth = WIDTH * 0.42;
  const rightX = LEFT + leftWidth;
  const rightWidth = WIDTH - leftWidth;
  pdf.y = top;
  if (doc.superiorBody) centred(pdf, doc.superiorBody, LEFT, leftWidth, 'regular', 11);
  centred(pdf, doc.issuingBody, LEFT, leftWidth, 'bold', 11);
  centred(pdf, doc.number, LEFT, leftWidth, 'regular', 11);
  const leftBottom = pdf.y;
  pdf.y = top;
  centred(pdf, NATIONAL_TITLE, rightX, rightWidth, 'bold', 11);
  centred(pdf, NATIONAL_MOTTO, rightX, rightWidth, 'bold', 12);
  centred(pdf, doc.placeAndDate, rightX, rightWidth, 'italic', 12);
  pdf.y = Math.max(leftBottom, pdf.y) + 18;
}

function table(pdf: Pdf, t: ReportTable): void {
  pdf.moveDown(0.3);
  centred(pdf, t.caption, LEFT, WIDTH, 'italic', 11);
  const columns = t.header.length;
  const first = WIDTH * (columns > 6 ? 0.26 : 0.34);
  const other = (WIDTH - first) / (columns - 1);
  const widths = t.header.map((_, i) => (i === 0 ? first : other));
  const drawRow = (cells: string[], font: string) => {
    pdf.font(font).fontSize(9);
    const height =
      Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 6 }))) + 6;
    if (pdf.y + height > BOTTOM) pdf.addPage();
    const y = pdf.y;
    let x = LEFT;
    cells.forEach((cell, i) => {
      pdf.rect(x, y, widths[i], height).stroke();
      pdf.text(cell, x + 3, y + 3, { width: widths[i] - 6, align: i === 0 ? 'left' : 'center' });
      x += widths[i];
    });
    pdf.x = LEFT;
    pdf.y = y + height;
  };
  drawRow(t.header, 'bold');
  for (const row of t.rows) drawRow(row, 'regular');
  pdf.moveDown(0.5);
}

function paragraph(pdf: Pdf, text: string, font = 'regular', indent = 28): void {
  pdf.font(font).fontSize(12).text(text, LEFT, pdf.y, {
    width: WIDTH,
    align: 'justify',
    indent,
    paragraphGap: 4,
  });
}

function signature(pdf: Pdf, doc: ReportDocument): void {
  if (pdf.y + 140 > BOTTOM) pdf.addPage();
  pdf.moveDown(1);
  const top = pdf.y;
  const half = WIDTH / 2;
  pdf.font('bold').fontSize(11).text('Nơi nhận:', LEFT, top, { width: half });
  pdf.font('regular').fontSize(10);
  for (const recipient of doc.recipients) pdf.text(recipient, LEFT, pdf.y, { width: half });
  pdf.y = top;
  centred(pdf, doc.signerTitle, LEFT + half, half, 'bold', 12);
  pdf.y += 60;
  centred(pdf, doc.signerName, LEFT + half, half, 'bold', 12);
  pdf.moveDown(2);
  pdf.font('italic').fontSize(7).text(doc.footnote, LEFT, pdf.y, { width: WIDTH });
}

/** The report as PDF with the Noto Serif fonts the certificates embed (every Vietnamese letter). */
export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 57, bottom: 57, left: LEFT, right: RIGHT },
    info: { Title: `${doc.title} ${doc.subtitle}`, Author: doc.issuingBody, Keywords: 'Loa' },
    lang: 'vi-VN',
  });
  // pdfkit accepts a parsed fontkit font where its types only name a file or buffer.
  for (const [name, font] of Object.entries(certificateFonts())) {
    pdf.registerFont(name, font as unknown as Buffer);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  header(pdf, doc);
  centred(pdf, doc.title, LEFT, WIDTH, 'bold', 14);
  centred(pdf, doc.subtitle, LEFT, WIDTH, 'bold', 13);
  pdf.moveDown(0.8);
  paragraph(pdf, doc.intro);
  for (const section of doc.sections) {
    pdf.moveDown(0.3);
    paragraph(pdf, section.heading, 'bold', 0);
    for (const text of section.paragraphs) paragraph(pdf, text);
    for (const t of section.tables) table(pdf, t);
  }
  signature(pdf, doc);
  pdf.end();
  return done;
}
