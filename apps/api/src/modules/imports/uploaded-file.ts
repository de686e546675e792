/** A file received from a multipart upload, fully in memory (at most MAX_UPLOAD_BYTES). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  buffer: Buffer;
}
