/** Every domain error code the API can answer with. The API maps each to an HTTP status. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'REFRESH_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_INVALID',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'UNSUPPORTED_FILE_TYPE',
  'RANGE_NOT_SATISFIABLE',
  'OUTSIDE_TARGET_PERIODS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  row?: number;
  column?: string;
  field?: string;
  code: string;
  message: string;
}

export interface ErrorResponse {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}
