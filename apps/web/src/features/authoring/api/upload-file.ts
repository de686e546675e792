import { uploadImport } from '../../../lib/upload';

/**
 * Uploads one file as multipart field `file` with progress (XMLHttpRequest: fetch reports no
 * upload progress) and renews the session once on 401; `T` is what the route answers.
 */
export async function uploadFile<T>(
  path: string,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<T> {
  return (await uploadImport(path, file, { onProgress })) as unknown as T;
}
