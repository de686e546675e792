import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';

/** A friendly sentence for a failed check: too many checks (429), no connection, or the server's. */
export function verificationErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 429) return t('verify.rateLimited');
  if (isApiError(error) && error.status === 0) return t('errors.network');
  return isApiError(error) ? error.message : t('errors.generic');
}
