import type * as fontkit from 'fontkit';
import { SourceTables, SubsetGlyph, writeTrueTypeSubset } from './truetype-subset-writer';

/** A glyph as a TrueType subset copies it: its `glyf` bytes, components and metrics. */
interface GlyphRecord {
  bytes: Uint8Array;
  /** Component glyph ids of a composite glyph and where each id sits in `bytes`. */
  components: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** The parts of fontkit's TrueType subset (TTFSubset, fontkit 2) pdfkit drives. */
interface TrueTypeSubset {
  glyphs: number[];
  includeGlyph(glyphId: number): number;
  encode(): Buffer;
}

interface TrueTypeInternals {
  directory: { tables: Record<string, { length: number } | undefined> };
  head: { indexToLocFormat: number };
  loca: { offsets: number[] };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

interface DecodedGlyph {
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
  advanceWidth: number;
}

/**
 * `createSubset` for a static TrueType font whose glyph records are read once per process, not
 * once per document: fontkit decodes every point of a glyph to copy it into a subset and encodes
 * the tables field by field, which made embedding the fonts the costliest part of a certificate.
 * The font written has the same bytes as fontkit's (a spec compares them).
 */
export function cachedSubsetFactory(font: fontkit.Font): () => fontkit.Subset {
  const internals = font as unknown as TrueTypeInternals;
  const tableBytes = (tag: string): Uint8Array | undefined => {
    const entry = internals.directory.tables[tag];
    if (!entry) return undefined;
    return Uint8Array.from(internals._getTableStream(tag).readBuffer(entry.length));
  };
  let source: SourceTables | undefined;
  const sourceTables = (): SourceTables =>
    (source ??= {
      head: tableBytes('head')!,
      hhea: tableBytes('hhea')!,
      maxp: tableBytes('maxp')!,
      cvt: tableBytes('cvt '),
      prep: tableBytes('prep'),
      fpgm: tableBytes('fpgm'),
      locaFormat: internals.head.indexToLocFormat,
    });
  const records = new Map<number, GlyphRecord>();
  const record = (gid: number): GlyphRecord => {
    let found = records.get(gid);
    if (!found) {
      const glyph = font.getGlyph(gid) as unknown as DecodedGlyph;
      const decoded = glyph._decode();
      const start = internals.loca.offsets[gid];
      const stream = internals._getTableStream('glyf');
      stream.pos += start;
      const bytes = Uint8Array.from(stream.readBuffer(internals.loca.offsets[gid + 1] - start));
      const composite = decoded !== null && decoded.numberOfContours < 0;
      found = {
        bytes,
        components: composite
          ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos }))
          : [],
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      records.set(gid, found);
    }
    return found;
  };
  const cacheable = !internals._variationProcessor && internals.directory.tables.glyf;
  return () => {
    const subset = font.createSubset() as unknown as TrueTypeSubset;
    if (!cacheable) return subset as unknown as fontkit.Subset;
    subset.encode = () => {
      const glyphs: SubsetGlyph[] = [];
      // A composite glyph adds its components to the end of the list as it goes.
      for (let i = 0; i < subset.glyphs.length; i++) {
        const { bytes, components, advance, bearing } = record(subset.glyphs[i]);
        let copy = bytes;
        if (components.length) {
          copy = Uint8Array.from(bytes);
          const view = new DataView(copy.buffer);
          for (const component of components) {
            view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
          }
        }
        glyphs.push({ bytes: copy, advance, bearing });
      }
      return writeTrueTypeSubset(sourceTables(), glyphs);
    };
    return subset as unknown as fontkit.Subset;
  };
}
