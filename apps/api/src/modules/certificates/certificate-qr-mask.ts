import type QRCode from 'qrcode';
import { loadQrCode } from '../../common/heavy-packages';

/** The module matrix as the qrcode package keeps it: row-major 0/1, with function patterns marked. */
interface ModuleMatrix {
  size: number;
  data: Uint8Array;
  reservedBit: Uint8Array;
}

const MASKS: ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

const maskBits = new Map<string, Uint8Array>();
/**
 * Mask `pattern` over the data modules of a symbol of `version` (1 where a module flips); which
 * modules are function patterns depends on the version only.
 */
function flips(matrix: ModuleMatrix, version: number, pattern: number): Uint8Array {
  const key = `${version}:${pattern}`;
  let bits = maskBits.get(key);
  if (!bits) {
    bits = new Uint8Array(matrix.size * matrix.size);
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) {
        const at = row * matrix.size + col;
        bits[at] = !matrix.reservedBit[at] && MASKS[pattern](row, col) ? 1 : 0;
      }
    }
    maskBits.set(key, bits);
  }
  return bits;
}

const bitLength = (value: number): number => 32 - Math.clz32(value);

/** The 15 format bits for an error correction level and mask (BCH code, ISO 18004 7.9). */
function formatBits(levelBit: number, pattern: number): number {
  const G15 = 0b10100110111;
  const data = (levelBit << 3) | pattern;
  let d = data << 10;
  while (bitLength(d) - bitLength(G15) >= 0) d ^= G15 << (bitLength(d) - bitLength(G15));
  return ((data << 10) | d) ^ 0b101010000010010;
}

/** Writes the format bits where the qrcode package writes them (its setupFormatInfo). */
function placeFormat(data: Uint8Array, size: number, bits: number): void {
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    data[row * size + 8] = bit;
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    data[8 * size + col] = bit;
  }
  data[(size - 8) * size + 8] = 1;
}

/** The penalty of a masked matrix, rule for rule as the qrcode package scores it. */
function penalty(data: Uint8Array, size: number): number {
  let points = 0;
  for (let row = 0; row < size; row++) {
    let sameInRow = 0;
    let sameInCol = 0;
    let lastInRow = -1;
    let lastInCol = -1;
    let windowRow = 0;
    let windowCol = 0;
    for (let col = 0; col < size; col++) {
      const along = data[row * size + col];
      if (along === lastInRow) sameInRow++;
      else {
        if (sameInRow >= 5) points += 3 + (sameInRow - 5);
        lastInRow = along;
        sameInRow = 1;
      }
      const down = data[col * size + row];
      if (down === lastInCol) sameInCol++;
      else {
        if (sameInCol >= 5) points += 3 + (sameInCol - 5);
        lastInCol = down;
        sameInCol = 1;
      }
      windowRow = ((windowRow << 1) & 0x7ff) | along;
      windowCol = ((windowCol << 1) & 0x7ff) | down;
      if (col >= 10) {
        if (windowRow === 0x5d0 || windowRow === 0x05d) points += 40;
        if (windowCol === 0x5d0 || windowCol === 0x05d) points += 40;
      }
    }
    if (sameInRow >= 5) points += 3 + (sameInRow - 5);
    if (sameInCol >= 5) points += 3 + (sameInCol - 5);
  }
  let blocks = 0;
  for (let row = 0; row < size - 1; row++) {
    for (let col = 0; col < size - 1; col++) {
      const at = row * size + col;
      const sum = data[at] + data[at + 1] + data[at + size] + data[at + size + 1];
      if (sum === 0 || sum === 4) blocks++;
    }
  }
  let dark = 0;
  for (let i = 0; i < data.length; i++) dark += data[i];
  const k = Math.abs(Math.ceil((dark * 100) / data.length / 5) - 10);
  return points + blocks * 3 + k * 10;
}

/**
 * The same QR code as `QRCode.create(segments)` with its best mask, found faster: the package
 * builds the symbol once with mask 0, and the eight masks are scored here on plain byte arrays
 * (the package's scoring through per-module calls was most of a certificate's QR time).
 */
export function createWithBestMask(
  segments: QRCode.QRCodeSegment[],
  errorCorrectionLevel: QRCode.QRCodeErrorCorrectionLevel,
): QRCode.QRCode {
  const code = loadQrCode().create(segments, { errorCorrectionLevel, maskPattern: 0 });
  const matrix = code.modules as unknown as ModuleMatrix;
  const { size, data } = matrix;
  const levelBit = (code.errorCorrectionLevel as unknown as { bit: number }).bit;
  const unmasked = Uint8Array.from(data);
  const mask0 = flips(matrix, code.version, 0);
  for (let i = 0; i < unmasked.length; i++) unmasked[i] ^= mask0[i];
  let best = 0;
  let lowest = Infinity;
  const trial = new Uint8Array(unmasked.length);
  for (let pattern = 0; pattern < MASKS.length; pattern++) {
    const bits = flips(matrix, code.version, pattern);
    for (let i = 0; i < trial.length; i++) trial[i] = unmasked[i] ^ bits[i];
    placeFormat(trial, size, formatBits(levelBit, pattern));
    const score = penalty(trial, size);
    if (score < lowest) {
      lowest = score;
      best = pattern;
    }
  }
  const bits = flips(matrix, code.version, best);
  for (let i = 0; i < data.length; i++) data[i] = unmasked[i] ^ bits[i];
  placeFormat(data, size, formatBits(levelBit, best));
  return { ...code, maskPattern: best as QRCode.QRCodeMaskPattern };
}
