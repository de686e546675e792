import type { ErrorDetail, ErrorResponse } from '@loa/contracts';

/** An error answered by the API (its body follows the contract) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static fromBody(status: number, body: unknown, fallbackMessage: string): ApiError {
    const error = body as Partial<ErrorResponse> | null;
    return new ApiError(
      status,
      error?.code ?? 'HTTP_' + status,
      error?.message || fallbackMessage,
      Array.isArray(error?.details) ? error.details : [],
    );
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
