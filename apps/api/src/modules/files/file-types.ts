/** A file type Loa accepts, recognised by its first bytes (never by its name or declared type). */
export interface FileType {
  mimeType: string;
  label: string;
  matches: (head: Buffer) => boolean;
}

const startsWith = (head: Buffer, bytes: number[], offset = 0): boolean =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);

const ascii = (text: string): number[] => [...Buffer.from(text, 'ascii')];

export const PDF: FileType = {
  mimeType: 'application/pdf',
  label: 'PDF',
  matches: (head) => startsWith(head, ascii('%PDF-')),
};
export const MP4: FileType = {
  mimeType: 'video/mp4',
  label: 'MP4',
  matches: (head) => startsWith(head, ascii('ftyp'), 4),
};
export const WEBM: FileType = {
  mimeType: 'video/webm',
  label: 'WebM',
  matches: (head) => startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]),
};
export const PNG: FileType = {
  mimeType: 'image/png',
  label: 'PNG',
  matches: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};
export const JPEG: FileType = {
  mimeType: 'image/jpeg',
  label: 'JPEG',
  matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]),
};
export const WEBP: FileType = {
  mimeType: 'image/webp',
  label: 'WebP',
  matches: (head) => startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8),
};

/** How many leading bytes the checks above need. */
export const HEAD_BYTES = 16;

export const detectFileType = (head: Buffer, allowed: readonly FileType[]): FileType | undefined =>
  allowed.find((type) => type.matches(head));
