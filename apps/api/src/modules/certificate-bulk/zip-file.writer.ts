import archiver from 'archiver';
import { createWriteStream } from 'node:fs';

/** A ZIP written entry by entry to a file: one entry in memory at a time. */
export interface ZipFileWriter {
  /** Resolves once the entry has been compressed and handed to the file. */
  add(name: string, content: Buffer): Promise<void>;
  /** Writes the central directory and resolves when the file is closed. */
  finish(): Promise<void>;
  /** Stops writing (the caller removes the file). */
  abort(): void;
}

export function openZipFile(path: string): ZipFileWriter {
  // PDFs are already compressed: a light level saves time for little size.
  const archive = archiver('zip', { zlib: { level: 1 } });
  const output = createWriteStream(path);
  let failure: Error | null = null;
  const closed = new Promise<void>((resolve, reject) => {
    output.on('close', resolve);
    output.on('error', reject);
    archive.on('error', reject);
  });
  closed.catch((error: Error) => {
    failure = error;
  });
  archive.pipe(output);

  return {
    add(name, content) {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        archive.once('error', onError);
        archive.once('entry', () => {
          archive.off('error', onError);
          resolve();
        });
        archive.append(content, { name });
      });
    },
    async finish() {
      await archive.finalize();
      await closed;
    },
    abort() {
      archive.abort();
      output.destroy();
    },
  };
}
