import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { qrCode, qrRuns, verificationUrl } from './certificate-qr';
import { createWithBestMask } from './certificate-qr-mask';
import { optimalQrSegments } from './certificate-qr-segments';

const address = (number: string, holder: string) =>
  verificationUrl(
    'https://loa.haiphong.edu.vn',
    number,
    `LOA1|${number}|${holder}|1990-05-17|BDTT|2026-03-15|2028-03-14|0a1b2c3d.${'Ab9_-'.repeat(17)}x`,
  );

const ADDRESSES = [
  { name: 'a verification address', text: address('7/2026/GCN-SGDĐT', 'Nguyễn Thị Hải Yến') },
  { name: 'a long number', text: address('12345/2026/GCN-SGDĐT', 'Lê Văn Ưng Ước') },
  { name: 'a short name', text: address('1/2027/GCN-SGDĐT', 'Đặng Quỳnh') },
  { name: 'an address without payload', text: 'https://loa.example/xac-minh/1' },
  { name: 'digits only', text: '0123456789012345678901234567890123456789' },
  { name: 'every mode and a 4-byte letter', text: 'ABC-123 $%*+-./: 4567890 mixed text 𝄞 ✓' },
];

/** Reads a QR matrix back as a phone would: drawn 4 pixels a module with a quiet zone. */
function decode(matrix: { size: number; get(row: number, col: number): boolean | number }) {
  const scale = 4;
  const quiet = 4;
  const width = (matrix.size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((row + quiet) * scale + dy) * width + (col + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('certificate QR codes', () => {
  it.each(ADDRESSES)('splits $name into segments that put the text back together', ({ text }) => {
    for (const range of [0, 1, 2]) {
      const segments = optimalQrSegments(text, range);
      expect(segments.map((segment) => segment.data).join('')).toBe(text);
      for (const { data, mode } of segments) {
        if (mode === 'numeric') expect(data).toMatch(/^[0-9]+$/);
        if (mode === 'alphanumeric') expect(data).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
      }
    }
  });

  it.each(ADDRESSES)(
    'encodes $name in a code that decodes to it, no larger than before',
    ({ text }) => {
      const code = qrCode(text);
      expect(decode(code.modules)).toBe(text);
      const previous = QRCode.create(text, { errorCorrectionLevel: 'M' });
      expect(code.errorCorrectionLevel).toEqual(previous.errorCorrectionLevel);
      expect(code.version).toBeLessThanOrEqual(previous.version);
    },
  );

  it('picks the mask the qrcode package picks, and the same modules, across versions', () => {
    const masks = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const text = `${ADDRESSES[i % 3].text.slice(0, 20 + i * 5)}${'9'.repeat(i % 7)}`;
      const segments = optimalQrSegments(text, 1);
      const expected = QRCode.create(segments, { errorCorrectionLevel: 'M' });
      const actual = createWithBestMask(segments, 'M');
      masks.add(actual.maskPattern!);
      expect(actual.maskPattern).toBe(expected.maskPattern);
      expect(Buffer.from(actual.modules.data).equals(Buffer.from(expected.modules.data))).toBe(
        true,
      );
    }
    expect(masks.size).toBeGreaterThan(4);
  });

  it('draws exactly the dark modules of the code, as runs along each row', () => {
    const { text } = ADDRESSES[0];
    const { modules } = qrCode(text);
    const { size, runs } = qrRuns(text);
    const drawn = new Set<string>();
    for (const run of runs) {
      for (let col = run.col; col < run.col + run.length; col++) drawn.add(`${run.row},${col}`);
    }
    const wrong: string[] = [];
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (drawn.has(`${row},${col}`) !== Boolean(modules.get(row, col)))
          wrong.push(`${row},${col}`);
      }
    }
    expect(size).toBe(modules.size);
    expect(wrong).toEqual([]);
  });
});
