import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager } from 'typeorm';
import { LOA_ENV, LoaEnv } from '../../config/env';
import { parseRange } from './byte-range';
import { detectFileType } from './file-types';
import {
  fileNotFound,
  fileTooLarge,
  missingFile,
  rangeNotSatisfiable,
  wrongFileType,
} from './files.errors';
import { StoredFile } from './stored-file.entity';
import { UploadInspector } from './upload-inspector';
import type { UploadKind } from './upload-kinds';

/** The multipart field uploads are read from. */
export const FILE_FIELD = 'file';

const isTooLarge = (error: unknown): boolean =>
  (error as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE' ||
  (error as { statusCode?: number })?.statusCode === 413;

/** The multipart fields sent before the file. */
export type MultipartFields = NonNullable<Awaited<ReturnType<FastifyRequest['file']>>>['fields'];

export interface ReceiveOptions {
  /** The multipart field of the file (default `file`). */
  field?: string;
  /** Checks the fields sent before the file; throwing stops the upload before anything is stored. */
  beforeStore?: (fields: MultipartFields) => Promise<void>;
}

/** ASCII-only fallback plus RFC 5987 UTF-8 name, so Vietnamese file names survive. */
const inlineDisposition = (name: string): string =>
  `inline; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Uploaded files on disk under LOA_DATA_DIR/files. Uploads stream to `<key>.part` while being
 * hashed, are checked by their first bytes and size, and are renamed into place only when whole
 * and acceptable. Reads stream with HTTP Range support (video seeking, PDF viewers).
 */
@Injectable()
export class FileStorageService {
  private readonly root: string;

  constructor(
    @Inject(LOA_ENV) env: LoaEnv,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.root = join(env.dataDir, 'files');
  }

  /** Streams the request's multipart `file` to disk and records it; refuses oversize and wrong types. */
  async receive(
    request: FastifyRequest,
    kind: UploadKind,
    uploadedBy: string,
    manager: EntityManager = this.dataSource.manager,
    options: ReceiveOptions = {},
  ): Promise<StoredFile> {
    if (!request.isMultipart()) throw missingFile();
    let part: Awaited<ReturnType<FastifyRequest['file']>>;
    try {
      part = await request.file({ limits: { fileSize: kind.maxBytes, files: 1, fields: 10 } });
    } catch (error) {
      if (isTooLarge(error)) throw fileTooLarge(kind);
      throw missingFile();
    }
    if (!part || part.fieldname !== (options.field ?? FILE_FIELD)) {
      part?.file.resume();
      throw missingFile();
    }
    if (options.beforeStore) {
      try {
        await options.beforeStore(part.fields);
      } catch (error) {
        part.file.resume();
        throw error;
      }
    }
    await mkdir(this.root, { recursive: true });
    const storageKey = randomBytes(24).toString('base64url');
    const partPath = join(this.root, `${storageKey}.part`);
    const inspector = new UploadInspector();
    try {
      await pipeline(part.file, inspector, createWriteStream(partPath, { flags: 'wx' }));
      if (part.file.truncated) throw fileTooLarge(kind);
      if (inspector.size === 0) throw missingFile();
      if (!detectFileType(inspector.head, kind.types)) throw wrongFileType(kind);
    } catch (error) {
      await rm(partPath, { force: true });
      throw isTooLarge(error) ? fileTooLarge(kind) : error;
    }
    await rename(partPath, join(this.root, storageKey));
    const type = detectFileType(inspector.head, kind.types)!;
    const stored = manager.create(StoredFile, {
      storageKey,
      purpose: kind.purpose,
      originalName: part.filename.normalize('NFC'),
      mimeType: type.mimeType,
      sizeBytes: String(inspector.size),
      sha256: inspector.digest(),
      uploadedBy,
    });
    return manager.save(stored);
  }

  async find(fileId: string): Promise<StoredFile | null> {
    return this.dataSource.manager.findOneBy(StoredFile, { id: fileId });
  }

  /**
   * Sends a stored file: 200 with the whole file, 206 with the requested single range, 416 for a
   * range past its end. The caller decides who may read it before calling.
   */
  async stream(
    fileId: string,
    rangeHeader: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    const file = await this.find(fileId);
    if (!file) throw fileNotFound();
    const path = join(this.root, file.storageKey);
    const size = await stat(path).then(
      (s) => s.size,
      () => {
        throw fileNotFound();
      },
    );
    const request = parseRange(rangeHeader, size);
    if (request.kind === 'unsatisfiable') {
      void reply.header('Content-Range', `bytes */${size}`);
      throw rangeNotSatisfiable();
    }
    void reply
      .header('Accept-Ranges', 'bytes')
      .header('Content-Type', file.mimeType)
      .header('Content-Disposition', inlineDisposition(file.originalName))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, max-age=3600')
      .header('ETag', `"${file.sha256}"`);
    if (request.kind === 'whole') {
      await reply.status(200).header('Content-Length', size).send(createReadStream(path));
      return;
    }
    const { start, end } = request.range;
    await reply
      .status(206)
      .header('Content-Range', `bytes ${start}-${end}/${size}`)
      .header('Content-Length', end - start + 1)
      .send(createReadStream(path, { start, end }));
  }
}
