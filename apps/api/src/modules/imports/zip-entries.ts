import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** A file inside a ZIP archive, read on demand; null when it is absent. */
export type ZipReader = (name: string) => Buffer | null;

/**
 * The files of a ZIP archive held in memory, by name, from its central directory. Returns null
 * for what this small reader does not handle (ZIP64, encryption, other compression methods),
 * so the caller can use a complete library instead.
 */
export function openZip(zip: Buffer): ZipReader | null {
  // The end-of-central-directory record is the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries = new Map<string, { method: number; size: number; flags: number; local: number }>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    entries.set(name, {
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      size: zip.readUInt32LE(at + 20),
      local: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  if ([...entries.values()].some((e) => e.flags & 1 || ![STORED, DEFLATED].includes(e.method))) {
    return null;
  }
  return (name) => {
    const entry = entries.get(name);
    if (!entry) return null;
    if (zip.readUInt32LE(entry.local) !== LOCAL_FILE_HEADER) throw new Error('bad ZIP entry');
    const start =
      entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
    const data = zip.subarray(start, start + entry.size);
    return entry.method === STORED ? data : inflateRawSync(data);
  };
}
