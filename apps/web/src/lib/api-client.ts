import type { LoginResponse } from '@loa/contracts';
import { ApiError } from './api-error';
import { i18n } from './i18n';
import { sessionStore } from './session-store';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds `/api/...?a=b`, leaving out empty query values. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

export function baseHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': i18n.language || 'vi' };
  const token = sessionStore.getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(url: string, options: RequestOptions): Promise<Response> {
  const headers = baseHeaders();
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    signal: options.signal,
    credentials: 'same-origin',
  };
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
}

/** A 401 from these means wrong credentials or an ended session, not an expired access token. */
const NO_RETRY_PATHS = new Set(['/auth/login', '/auth/refresh']);

let refreshing: Promise<boolean> | null = null;

/** Restores or renews the session from the refresh cookie; one request at a time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await send('/api/auth/refresh', { method: 'POST' });
      if (!response.ok) {
        sessionStore.signOut();
        return false;
      }
      sessionStore.signIn((await response.json()) as LoginResponse);
      return true;
    } catch {
      sessionStore.signOut();
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Sends a request; on 401 renews the session once and retries, else signs out. */
export async function sendWithSession(
  path: string,
  options: RequestOptions = {},
): Promise<Response> {
  const url = apiUrl(path, options.query);
  let response = await send(url, options);
  if (response.status === 401 && !NO_RETRY_PATHS.has(path)) {
    if (await refreshSession()) response = await send(url, options);
    else sessionStore.signOut();
  }
  if (!response.ok) {
    throw ApiError.fromBody(response.status, await readBody(response), i18n.t('errors.generic'));
  }
  return response;
}

/** JSON in, JSON out; 204 gives `undefined`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await sendWithSession(path, options);
  return (await readBody(response)) as T;
}

/** Downloads a file answered by the API (with the Bearer token) as a Blob and its file name. */
export async function apiBlob(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await sendWithSession(path, options);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const fileName = match ? decodeURIComponent(match[1] ?? match[2] ?? '') : null;
  return { blob: await response.blob(), fileName };
}
