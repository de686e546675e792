import type * as fontkit from 'fontkit';

/** What pdfkit reads from a laid-out glyph: its id, width and the text it stands for. */
interface LaidOutGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface CachedLayout {
  glyphs: LaidOutGlyph[];
  positions: GlyphPosition[];
}

/**
 * A run as pdfkit receives it from `font.layout`. pdfkit scales the positions in place, so each
 * call gets its own copies; the width is read after that scaling, as fontkit's GlyphRun does.
 */
class LayoutRun {
  constructor(
    readonly glyphs: LaidOutGlyph[],
    readonly positions: GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** Words and lines kept per font; certificates reuse a few thousand Vietnamese syllables. */
const MAX_CACHED_LAYOUTS = 20_000;

type GlyphCache = { _glyphs: Record<number, unknown> };

/**
 * `layout` for pdfkit, with a cache that outlives one document: shaping (GSUB/GPOS) is the
 * costliest part of drawing a certificate, and the same labels, template lines and name
 * syllables come back in every one. Each layout is shaped with an empty glyph cache, so every
 * glyph carries the characters of the text it was laid out for (fontkit otherwise keeps the
 * characters a glyph was first met for, and PDFs extracted wrong letters); the font's own glyph
 * cache, which subsetting fills, stays shared.
 */
export function cachedLayout(font: fontkit.Font): (text: string, features?: unknown) => unknown {
  const layouts = new Map<string, CachedLayout>();
  const shape = (text: string, features?: unknown): CachedLayout => {
    const glyphCache = font as unknown as GlyphCache;
    const shared = glyphCache._glyphs;
    glyphCache._glyphs = {};
    try {
      const run = font.layout(text, features as string[] | undefined);
      return {
        glyphs: run.glyphs.map((glyph) => ({
          id: glyph.id,
          advanceWidth: glyph.advanceWidth,
          codePoints: [...glyph.codePoints],
        })),
        positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
          xAdvance,
          yAdvance,
          xOffset,
          yOffset,
        })),
      };
    } finally {
      glyphCache._glyphs = shared;
    }
  };
  const layout = (text: string, features?: unknown): LayoutRun => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let cached = layouts.get(key);
    if (!cached) {
      if (layouts.size >= MAX_CACHED_LAYOUTS) layouts.clear();
      cached = shape(text, features);
      layouts.set(key, cached);
    }
    return new LayoutRun(
      cached.glyphs,
      cached.positions.map((position) => ({ ...position })),
    );
  };
  return layout;
}
