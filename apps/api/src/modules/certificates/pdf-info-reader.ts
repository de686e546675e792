/**
 * Reads one entry of a PDF's document information dictionary straight from the file's bytes,
 * as pdfkit writes it (no object streams): `/Key (literal)`, `/Key <hex>` or `/Key n 0 R`
 * pointing to an object holding the string. Text in UTF-16BE (with its BOM) is decoded.
 * Enough for the verify-certificate command to find the signed payload without a PDF library.
 */
export function readPdfInfoString(pdf: Buffer, key: string): string | null {
  const text = pdf.toString('latin1');
  const entry = new RegExp(`/${key}\\s*(\\(|<|(\\d+)\\s+(\\d+)\\s+R)`).exec(text);
  if (!entry) return null;
  let start = entry.index + entry[0].length - 1;
  if (entry[2] !== undefined) {
    const object = new RegExp(`(?:^|[\\r\\n\\s])${entry[2]}\\s+${entry[3]}\\s+obj\\s*([(<])`).exec(
      text,
    );
    if (!object) return null;
    start = object.index + object[0].length - 1;
  }
  const bytes = text[start] === '(' ? literalBytes(text, start) : hexBytes(text, start);
  return bytes ? decodePdfText(bytes) : null;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function literalBytes(text: string, open: number): Buffer | null {
  const out: number[] = [];
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[++i];
      if (next in ESCAPES) out.push(ESCAPES[next]);
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
        out.push(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && text[i + 1] === '\n') i++;
      } else out.push(next.charCodeAt(0));
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') {
      if (depth === 0) return Buffer.from(out);
      depth--;
    }
    out.push(ch.charCodeAt(0));
  }
  return null;
}

function hexBytes(text: string, open: number): Buffer | null {
  const close = text.indexOf('>', open);
  if (close < 0) return null;
  const hex = text.slice(open + 1, close).replace(/\s+/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

function decodePdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le').normalize('NFC');
  }
  return bytes.toString('latin1').normalize('NFC');
}
