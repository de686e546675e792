import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { cachedSubsetFactory } from './certificate-subset-cache';

const font = (path: string) =>
  fontkit.create(
    readFileSync(require.resolve(`@expo-google-fonts/noto-serif/${path}`)),
  ) as fontkit.Font;

const FONTS = [
  { name: 'regular', font: font('400Regular/NotoSerif_400Regular.ttf') },
  { name: 'italic', font: font('400Regular_Italic/NotoSerif_400Regular_Italic.ttf') },
];

const TEXTS = [
  'Nguyễn Thị Hải Yến, Lê Văn Ưng Ước',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
  '12345/2026/GCN-SGDĐT ngày 05 tháng 02 năm 2026',
];

describe('cachedSubsetFactory', () => {
  it.each(FONTS)(
    'writes the same $name font bytes as fontkit, document after document',
    ({ font }) => {
      const cached = cachedSubsetFactory(font);
      // Twice over, so the second round reads every glyph from the cache.
      for (const text of [...TEXTS, ...TEXTS]) {
        const expected = font.createSubset();
        const actual = cached();
        for (const glyph of font.layout(text).glyphs) {
          expected.includeGlyph(glyph);
          actual.includeGlyph(glyph);
        }
        const expectedBytes = Buffer.from(expected.encode());
        expect(Buffer.from(actual.encode()).equals(expectedBytes)).toBe(true);
      }
    },
  );
});
