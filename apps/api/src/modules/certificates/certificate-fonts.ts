import type * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { loadFontkit } from '../../common/heavy-packages';
import { cachedLayout } from './certificate-layout-cache';
import { cachedSubsetFactory } from './certificate-subset-cache';

/**
 * Noto Serif, full TTF files (every Vietnamese letter) from @expo-google-fonts/noto-serif,
 * parsed once and shared by every document (parsing per document cost ~150 ms a font);
 * pdfkit embeds only the glyphs a certificate uses.
 */
function loadFont(path: string): fontkit.Font {
  const font = loadFontkit().create(
    readFileSync(require.resolve(`@expo-google-fonts/noto-serif/${path}`)),
  );
  if (!('layout' in font)) throw new Error(`${path} is a font collection`);
  return font;
}

export interface CertificateFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  italic: fontkit.Font;
}

let fonts: CertificateFonts | undefined;

const parsedFonts = (): CertificateFonts =>
  (fonts ??= {
    regular: loadFont('400Regular/NotoSerif_400Regular.ttf'),
    bold: loadFont('700Bold/NotoSerif_700Bold.ttf'),
    italic: loadFont('400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
  });

/**
 * The shared fonts, ready for a new document. fontkit caches glyph objects on the font with the
 * characters they were first met for, and pdfkit maps each glyph back to text from them; a cache
 * left from an earlier document made later PDFs extract wrong letters ("Hải D\u001eơng"). The
 * parsed tables (the costly part) stay shared; only the per-glyph cache starts afresh. Documents
 * are laid out synchronously, so two renders never interleave here.
 */
export function certificateFonts(): CertificateFonts {
  const shared = parsedFonts();
  for (const font of Object.values(shared)) (font as unknown as { _glyphs: object })._glyphs = {};
  return shared;
}

let printFonts: CertificateFonts | undefined;

/**
 * `font` as pdfkit sees it, with its layouts and the glyph records its subsets copy kept across
 * documents; pdfkit still makes one subset per document with the glyphs that document uses.
 */
function printFont(font: fontkit.Font): fontkit.Font {
  return Object.assign(Object.create(font) as fontkit.Font, {
    layout: cachedLayout(font),
    createSubset: cachedSubsetFactory(font),
  });
}

/**
 * The fonts certificates are printed with: the shared fonts with caches kept across documents,
 * so no glyph cache needs resetting between documents (each layout is shaped afresh).
 */
export function certificatePrintFonts(): CertificateFonts {
  const shared = parsedFonts();
  return (printFonts ??= {
    regular: printFont(shared.regular),
    bold: printFont(shared.bold),
    italic: printFont(shared.italic),
  });
}
