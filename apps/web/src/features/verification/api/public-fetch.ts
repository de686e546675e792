import { ApiError } from '../../../lib/api-error';
import { currentLanguage, i18n } from '../../../lib/i18n';

/**
 * Plain fetch for the public verification endpoints: no token, no session renewal and no
 * redirect to the login page — a visitor has no account.
 */
export async function publicJson<T>(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw ApiError.fromBody(response.status, body, i18n.t('errors.generic'));
  return body as T;
}
