import QRCode from 'qrcode';

/**
 * The address a certificate's QR code carries: the public verification page for its number,
 * with the signed payload in the fragment (never sent to a server by a browser, readable by
 * the page and by any QR reader).
 */
export const verificationUrl = (origin: string, number: string, payload: string): string =>
  `${origin.replace(/\/+$/, '')}/xac-minh/${encodeURIComponent(number)}#${encodeURIComponent(payload)}`;

/** Draws `text` as a QR code (error correction M) of `size` points, as vector squares. */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fillColor('black').fill();
}
