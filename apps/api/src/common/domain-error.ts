import type { ErrorCode, ErrorDetail } from '@loa/contracts';

/**
 * What services throw. `message` is Vietnamese (the default language); `messageEn` the English
 * text for callers who asked for it. The filter maps `code` to an HTTP status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageEn: string = message,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Không tìm thấy', whatEn = 'Not found'): DomainError =>
  new DomainError('NOT_FOUND', what, whatEn);
