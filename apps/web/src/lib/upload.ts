import type { ImportResult } from '@loa/contracts';
import { apiUrl, baseHeaders, QueryValue, refreshSession } from './api-client';
import { ApiError } from './api-error';
import { i18n } from './i18n';
import { sessionStore } from './session-store';

export interface UploadOptions {
  query?: Record<string, QueryValue>;
  /** 0..100, from the browser's upload progress events. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

interface XhrAnswer {
  status: number;
  body: unknown;
}

function post(url: string, file: File, options: UploadOptions): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(baseHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Uploads one file as multipart field `file`, with progress; renews the session once on 401. */
export async function uploadImport(
  path: string,
  file: File,
  options: UploadOptions = {},
): Promise<ImportResult> {
  const url = apiUrl(path, options.query);
  let answer = await post(url, file, options);
  if (answer.status === 401) {
    if (await refreshSession()) answer = await post(url, file, options);
    else sessionStore.signOut();
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw ApiError.fromBody(answer.status, answer.body, i18n.t('errors.generic'));
  }
  return answer.body as ImportResult;
}
