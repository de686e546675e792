import type QRCode from 'qrcode';
import { createWithBestMask } from './certificate-qr-mask';
import { optimalQrSegments, versionRange } from './certificate-qr-segments';

/**
 * The address a certificate's QR code carries: the public verification page for its number,
 * with the signed payload in the fragment (never sent to a server by a browser, readable by
 * the page and by any QR reader).
 */
export const verificationUrl = (origin: string, number: string, payload: string): string =>
  `${origin.replace(/\/+$/, '')}/xac-minh/${encodeURIComponent(number)}#${encodeURIComponent(payload)}`;

/** One row's stretch of dark modules: `length` modules from column `col` of row `row`. */
export interface QrRun {
  row: number;
  col: number;
  length: number;
}

/**
 * `text` as a QR code (error correction M) in its shortest split into modes; the split depends
 * on the version's count fields, so a code whose version falls in another range is redone.
 */
export function qrCode(text: string): QRCode.QRCode {
  const create = (range: number) => createWithBestMask(optimalQrSegments(text, range), 'M');
  const typical = create(1);
  const range = versionRange(typical.version);
  return range === 1 ? typical : create(range);
}

/** The dark modules of `text` as a QR code (error correction M), row by row, as runs. */
export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const { modules } = qrCode(text);
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size: modules.size, runs };
}

/**
 * Draws `text` as a QR code of `size` points, as vector rectangles: one per run of dark modules
 * in a row, in module units scaled once (the same squares as one rectangle per module, in a
 * fraction of the content).
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  const qr = qrRuns(text);
  const path = qr.runs.map((run) => `${run.col} ${run.row} ${run.length} 1 re`).join('\n');
  doc
    .save()
    .translate(x, y)
    .scale(size / qr.size);
  doc.addContent(path);
  doc.fillColor('black').fill();
  doc.restore();
}
