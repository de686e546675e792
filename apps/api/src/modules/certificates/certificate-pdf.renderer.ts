import { loadPdfKit } from '../../common/heavy-packages';
import { certificatePrintFonts } from './certificate-fonts';
import { PAYLOAD_INFO_KEY } from './certificate-payload';
import { drawQrCode } from './certificate-qr';
import { CertificateTemplateFields, DEFAULT_TEMPLATE } from './certificate-template';

/** Everything printed on a certificate. Text is normalised to NFC before it is drawn. */
export interface CertificateDocument {
  number: string;
  holderName: string;
  holderDateOfBirth: string;
  unitName: string | null;
  programmeName: string;
  hours: number | null;
  result: string | null;
  issuedOn: string;
  expiresOn: string | null;
  template: CertificateTemplateFields | null;
  /** The signed payload, also stored in the PDF's metadata (LoaCertificatePayload). */
  payload: string;
  /** What the QR code carries: the verification address with the payload. */
  verificationUrl: string;
}

const WIDTH = 841.89; // A4 landscape, points
const HEIGHT = 595.28;
const nfc = (text: string): string => text.normalize('NFC');
const fileDate = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * "Hải Phòng, ngày 05 tháng 02 năm 2026": as Decree 30/2020/NĐ-CP writes dates in official
 * documents, days below 10 and months below 3 with a leading zero.
 */
export function placeAndDate(place: string, iso: string): string {
  const day = Number(iso.slice(8, 10));
  const month = Number(iso.slice(5, 7));
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month < 3 ? `0${month}` : `${month}`;
  return `${place}, ngày ${dd} tháng ${mm} năm ${iso.slice(0, 4)}`;
}

/**
 * A new A4 landscape pdfkit document with the certificate fonts registered as `regular`, `bold`
 * and `italic`, and `info` as its document information.
 */
export function newCertificateDocument(info: Record<string, string>): PDFKit.PDFDocument {
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({
    // No default font: pdfkit's Helvetica would parse its metrics for every document.
    font: null as unknown as string,
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info,
    lang: 'vi-VN',
  });
  // pdfkit accepts a parsed fontkit font where its types only name a file or buffer.
  for (const [name, font] of Object.entries(certificatePrintFonts())) {
    doc.registerFont(name, font as unknown as Buffer);
  }
  return doc;
}

/** Ends `doc` and resolves with the whole file. */
export function finishDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}

/** A4 landscape, laid out like a Vietnamese official certificate (see docs/certificates.md). */
export function renderCertificatePdf(certificate: CertificateDocument): Promise<Buffer> {
  const t = certificate.template ?? DEFAULT_TEMPLATE;
  const doc = newCertificateDocument({
    Title: nfc(`${t.documentTitle} số ${certificate.number}`),
    Author: nfc(t.issuingBody),
    Subject: nfc(certificate.programmeName),
    Keywords: 'Loa',
  });
  (doc.info as Record<string, unknown>)[PAYLOAD_INFO_KEY] = nfc(certificate.payload);
  drawCertificate(doc, certificate);
  return finishDocument(doc);
}

/** Draws `certificate` on the current page of `doc` (made by newCertificateDocument). */
export function drawCertificate(doc: PDFKit.PDFDocument, certificate: CertificateDocument): void {
  const t = certificate.template ?? DEFAULT_TEMPLATE;
  doc
    .lineWidth(2)
    .rect(24, 24, WIDTH - 48, HEIGHT - 48)
    .stroke('#8a1c1c');
  doc
    .lineWidth(0.6)
    .rect(30, 30, WIDTH - 60, HEIGHT - 60)
    .stroke('#8a1c1c');
  doc.fillColor('black');

  // A line that fits is placed where pdfkit's line wrapper would centre it, without running the
  // wrapper (line breaking per call was a fifth of a certificate's time); one that does not fit
  // goes through the wrapper as before.
  const centred = (
    font: string,
    size: number,
    text: string,
    x: number,
    y: number,
    width: number,
  ) => {
    const line = nfc(text);
    const textWidth = doc.font(font).fontSize(size).widthOfString(line);
    if (textWidth <= width) doc.text(line, x + (width - textWidth) / 2, y, { lineBreak: false });
    else doc.text(line, x, y, { width, align: 'center', lineBreak: false });
  };
  const underline = (y: number, centreX: number, length: number) =>
    doc
      .lineWidth(0.8)
      .moveTo(centreX - length / 2, y)
      .lineTo(centreX + length / 2, y)
      .stroke('black');

  // Issuing body (left) and national motto (right).
  centred('regular', 12, t.parentBody, 50, 56, 330);
  centred('bold', 12, t.issuingBody, 50, 73, 330);
  underline(92, 215, 110);
  centred('regular', 12, `Số: ${certificate.number}`, 50, 100, 330);
  centred('bold', 12, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 390, 56, 410);
  centred('bold', 13, 'Độc lập - Tự do - Hạnh phúc', 390, 73, 410);
  underline(93, 595, 190);

  centred('bold', 30, t.documentTitle, 40, 140, WIDTH - 80);

  const lines: [string, string, boolean][] = [
    ['Chứng nhận: ', certificate.holderName, true],
    ['Ngày sinh: ', fileDate(certificate.holderDateOfBirth), false],
    ['Đơn vị công tác: ', certificate.unitName ?? '', false],
    ['Đã hoàn thành chương trình: ', certificate.programmeName, true],
  ];
  if (certificate.hours !== null) lines.push(['Thời lượng: ', `${certificate.hours} tiết`, false]);
  lines.push(['Kết quả: ', certificate.result ?? 'Hoàn thành', false]);
  let y = 200;
  for (const [label, value, strong] of lines) {
    doc
      .font('regular')
      .fontSize(15)
      .text(nfc(label), 130, y, { continued: true, lineBreak: false });
    doc.font(strong ? 'bold' : 'regular').text(nfc(value), { lineBreak: false });
    y += 26;
  }
  const validity = certificate.expiresOn
    ? `Giấy chứng nhận có giá trị đến ngày ${fileDate(certificate.expiresOn)}`
    : 'Giấy chứng nhận có giá trị không thời hạn';
  doc
    .font('italic')
    .fontSize(13)
    .text(nfc(validity), 130, y + 4, { lineBreak: false });

  // Place, date and signer (right).
  centred('italic', 13, placeAndDate(t.place, certificate.issuedOn), 450, 392, 340);
  centred('bold', 13, t.signerAuthority, 450, 412, 340);
  centred('bold', 13, t.signerTitle, 450, 430, 340);
  centred('bold', 14, t.signerName, 450, 520, 340);

  // QR code (bottom left) with the verification address and the signed payload.
  drawQrCode(doc, certificate.verificationUrl, 60, 398, 118);
  centred('regular', 8, 'Quét mã để xác minh giấy chứng nhận', 40, 522, 158);
}
