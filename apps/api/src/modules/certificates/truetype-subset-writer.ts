/** The tables of the source font a subset copies, as raw bytes, and its `loca` format. */
export interface SourceTables {
  head: Uint8Array;
  hhea: Uint8Array;
  maxp: Uint8Array;
  /** Hinting tables, copied whole when the font has them. */
  cvt?: Uint8Array;
  prep?: Uint8Array;
  fpgm?: Uint8Array;
  /** 0: 16-bit `loca` offsets (halved), 1: 32-bit. */
  locaFormat: number;
}

/** One glyph of the subset, in subset order: its `glyf` bytes (ids renumbered) and metrics. */
export interface SubsetGlyph {
  bytes: Uint8Array;
  advance: number;
  bearing: number;
}

const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/**
 * The TrueType font a PDF embeds for a subset: the tables fontkit's TTFSubset writes (head, hhea,
 * loca, maxp, cvt, prep, glyf, hmtx, fpgm), in its order and layout (scaler type 'true', table
 * data back to back after the directory, checksums 0), written straight into one buffer instead
 * of through fontkit's structure encoder, which cost as much as laying out the whole page.
 */
export function writeTrueTypeSubset(source: SourceTables, glyphs: readonly SubsetGlyph[]): Buffer {
  const glyfLength = glyphs.reduce((sum, glyph) => sum + glyph.bytes.length, 0);
  const hhea = Uint8Array.from(source.hhea);
  new DataView(hhea.buffer).setUint16(HHEA_NUMBER_OF_METRICS, glyphs.length);
  const maxp = Uint8Array.from(source.maxp);
  new DataView(maxp.buffer).setUint16(MAXP_NUM_GLYPHS, glyphs.length);
  const locaLength = (glyphs.length + 1) * (source.locaFormat === 0 ? 2 : 4);
  const tables: [string, number, (view: DataView, at: number) => void][] = [
    ['head', source.head.length, copy(source.head)],
    ['hhea', hhea.length, copy(hhea)],
    ['loca', locaLength, (view, at) => writeLoca(view, at, glyphs, source.locaFormat)],
    ['maxp', maxp.length, copy(maxp)],
  ];
  if (source.cvt) tables.push(['cvt ', source.cvt.length, copy(source.cvt)]);
  if (source.prep) tables.push(['prep', source.prep.length, copy(source.prep)]);
  tables.push(['glyf', glyfLength, (view, at) => writeGlyf(view, at, glyphs)]);
  tables.push(['hmtx', glyphs.length * 4, (view, at) => writeHmtx(view, at, glyphs)]);
  if (source.fpgm) tables.push(['fpgm', source.fpgm.length, copy(source.fpgm)]);

  const directoryLength = 12 + 16 * tables.length;
  const total = tables.reduce((sum, [, length]) => sum + length, directoryLength);
  const file = Buffer.alloc(total);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  file.write('true', 0, 'latin1');
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = directoryLength;
  tables.forEach(([tag, length, write], i) => {
    const entry = 12 + 16 * i;
    file.write(tag, entry, 'latin1');
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, length);
    write(view, offset);
    offset += length;
  });
  return file;
}

const copy = (bytes: Uint8Array) => (view: DataView, at: number) =>
  new Uint8Array(view.buffer, view.byteOffset + at, bytes.length).set(bytes);

function writeLoca(view: DataView, at: number, glyphs: readonly SubsetGlyph[], format: number) {
  let offset = 0;
  for (let i = 0; i <= glyphs.length; i++) {
    if (format === 0) view.setUint16(at + i * 2, offset >>> 1);
    else view.setUint32(at + i * 4, offset);
    if (i < glyphs.length) offset += glyphs[i].bytes.length;
  }
}

function writeGlyf(view: DataView, at: number, glyphs: readonly SubsetGlyph[]) {
  const target = new Uint8Array(view.buffer, view.byteOffset);
  for (const glyph of glyphs) {
    target.set(glyph.bytes, at);
    at += glyph.bytes.length;
  }
}

function writeHmtx(view: DataView, at: number, glyphs: readonly SubsetGlyph[]) {
  glyphs.forEach((glyph, i) => {
    view.setUint16(at + i * 4, glyph.advance);
    view.setInt16(at + i * 4 + 2, glyph.bearing);
  });
}
