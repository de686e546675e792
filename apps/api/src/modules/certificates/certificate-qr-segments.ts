import type { QRCodeSegment } from 'qrcode';

/** A run of text in one QR encoding mode, as `QRCode.create` accepts it. */
export type QrSegment = QRCodeSegment & { data: string };

const MODES = ['byte', 'alphanumeric', 'numeric'] as const;
type ModeIndex = 0 | 1 | 2;
const BYTE = 0;
const ALPHANUMERIC = 1;
const NUMERIC = 2;

/** Bits of the character count field per mode, for versions 1–9, 10–26 and 27–40. */
const COUNT_BITS: readonly (readonly number[])[] = [
  [8, 16, 16],
  [9, 11, 13],
  [10, 12, 14],
];
const ALPHANUMERIC_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The range of versions (0: 1–9, 1: 10–26, 2: 27–40) whose count fields a version uses. */
export const versionRange = (version: number): number => (version <= 9 ? 0 : version <= 26 ? 1 : 2);

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * The shortest split of `text` into byte, alphanumeric and numeric segments for QR versions in
 * `range` (see versionRange), by dynamic programming over the characters (costs in sixths of a
 * bit, as in Project Nayuki's QR generator). The qrcode package finds a split of its own with a
 * shortest-path search that sorts its whole queue at every step; for a verification address of
 * ~300 characters that search was half the time of a QR code.
 */
export function optimalQrSegments(text: string, range: number): QrSegment[] {
  const codePoints = Array.from(text, (char) => char.codePointAt(0)!);
  const headCosts = MODES.map((_, mode) => (4 + COUNT_BITS[mode][range]) * 6);
  const cameFrom: (ModeIndex | null)[][] = [];
  let previous = headCosts.slice();
  for (const codePoint of codePoints) {
    const costs = [Infinity, Infinity, Infinity];
    const from: (ModeIndex | null)[] = [BYTE, null, null];
    costs[BYTE] = previous[BYTE] + utf8Length(codePoint) * 48;
    const char = String.fromCodePoint(codePoint);
    if (codePoint < 0x80 && ALPHANUMERIC_CHARS.includes(char)) {
      costs[ALPHANUMERIC] = previous[ALPHANUMERIC] + 33;
      from[ALPHANUMERIC] = ALPHANUMERIC;
    }
    if (codePoint >= 0x30 && codePoint <= 0x39) {
      costs[NUMERIC] = previous[NUMERIC] + 20;
      from[NUMERIC] = NUMERIC;
    }
    // Ending a segment after this character and starting one in another mode.
    for (let to = 0; to < MODES.length; to++) {
      for (let end = 0; end < MODES.length; end++) {
        const switched = Math.ceil(costs[end] / 6) * 6 + headCosts[to];
        if (from[end] !== null && (from[to] === null || switched < costs[to])) {
          costs[to] = switched;
          from[to] = end as ModeIndex;
        }
      }
    }
    cameFrom.push(from);
    previous = costs;
  }
  let mode = previous.indexOf(Math.min(...previous)) as ModeIndex;
  const modes: ModeIndex[] = new Array<ModeIndex>(codePoints.length);
  for (let i = codePoints.length - 1; i >= 0; i--) {
    mode = cameFrom[i][mode]!;
    modes[i] = mode;
  }
  const segments: QrSegment[] = [];
  codePoints.forEach((codePoint, i) => {
    const char = String.fromCodePoint(codePoint);
    const last = segments[segments.length - 1];
    if (last && last.mode === MODES[modes[i]]) last.data += char;
    else segments.push({ data: char, mode: MODES[modes[i]] } as QrSegment);
  });
  return segments;
}
