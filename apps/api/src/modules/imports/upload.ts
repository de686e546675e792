import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { DomainError } from '../../common/domain-error';
import type { UploadedFile } from './uploaded-file';

export type { UploadedFile } from './uploaded-file';

/** The multipart field every import reads its file from (contract.md). */
export const UPLOAD_FIELD = 'file';

const missingFile = (): DomainError =>
  new DomainError('VALIDATION_FAILED', 'Vui lòng chọn tệp', 'Please choose a file', [
    { field: UPLOAD_FIELD, code: 'missing_file', message: 'Vui lòng chọn tệp' },
  ]);

export const fileTooLarge = (): DomainError =>
  new DomainError(
    'FILE_TOO_LARGE',
    'Tệp quá lớn (tối đa 20 MB)',
    'The file is too large (20 MB at most)',
  );

const isTooLarge = (error: unknown): boolean =>
  (error as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE' ||
  (error as { statusCode?: number })?.statusCode === 413;

/**
 * Reads the multipart field `file` into memory. The multipart plugin's size limit
 * (MAX_UPLOAD_BYTES in app.factory.ts) answers 413 FILE_TOO_LARGE; no file, an empty file or
 * a request that is not multipart answers 400 VALIDATION_FAILED "Vui lòng chọn tệp".
 */
export async function receiveUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw missingFile();
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file();
  } catch (error) {
    if (isTooLarge(error)) throw fileTooLarge();
    throw missingFile();
  }
  if (!part || part.fieldname !== UPLOAD_FIELD) throw missingFile();
  let buffer: Buffer;
  try {
    buffer = await part.toBuffer();
  } catch (error) {
    if (isTooLarge(error)) throw fileTooLarge();
    throw error;
  }
  if (part.file.truncated) throw fileTooLarge();
  if (buffer.length === 0) throw missingFile();
  return { filename: part.filename, mimetype: part.mimetype, buffer };
}
