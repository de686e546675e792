import type * as fontkit from 'fontkit';

/** A glyph as a TrueType subset copies it: its `glyf` bytes, components and metrics. */
interface GlyphRecord {
  bytes: Uint8Array;
  /** Component glyph ids of a composite glyph and where each id sits in `bytes`. */
  components: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** The parts of fontkit's TrueType subset (TTFSubset, fontkit 2) that adding a glyph touches. */
interface TrueTypeSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(glyphId: number): number;
  _addGlyph(glyphId: number): number;
}

interface TrueTypeInternals {
  directory: { tables: Record<string, unknown> };
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
 * once per document: fontkit decodes every point of a glyph to copy it into a subset, which
 * made embedding the fonts the costliest part of a certificate. The subset written is the same
 * (the same bytes, component ids renumbered the same way, the same metrics).
 */
export function cachedSubsetFactory(font: fontkit.Font): () => fontkit.Subset {
  const internals = font as unknown as TrueTypeInternals;
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
  return () => {
    const subset = font.createSubset() as unknown as TrueTypeSubset;
    if (internals._variationProcessor || !internals.directory.tables.glyf)
      return subset as unknown as fontkit.Subset;
    subset._addGlyph = (gid: number): number => {
      const { bytes, components, advance, bearing } = record(gid);
      let copy = bytes;
      if (components.length) {
        copy = Uint8Array.from(bytes);
        const view = new DataView(copy.buffer);
        for (const component of components) {
          view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
        }
      }
      subset.glyf.push(copy);
      subset.loca.offsets.push(subset.offset);
      subset.hmtx.metrics.push({ advance, bearing });
      subset.offset += copy.length;
      return subset.glyf.length - 1;
    };
    return subset as unknown as fontkit.Subset;
  };
}
