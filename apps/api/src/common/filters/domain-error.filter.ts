import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ErrorCode, ErrorDetail, ErrorResponse } from '@loa/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain-error';

/** Every domain error code has a status; the compiler insists on a complete table. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  ACCOUNT_DISABLED: HttpStatus.FORBIDDEN,
  ACCOUNT_LOCKED: HttpStatus.LOCKED,
  TOO_MANY_ATTEMPTS: HttpStatus.TOO_MANY_REQUESTS,
  REFRESH_TOKEN_INVALID: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  IMPORT_INVALID: HttpStatus.UNPROCESSABLE_ENTITY,
  FILE_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  FILE_UNREADABLE: HttpStatus.UNPROCESSABLE_ENTITY,
  UNSUPPORTED_FILE_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  RANGE_NOT_SATISFIABLE: HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
  OUTSIDE_TARGET_PERIODS: HttpStatus.UNPROCESSABLE_ENTITY,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

const CODE_BY_HTTP_STATUS: Partial<Record<number, { code: ErrorCode; vi: string; en: string }>> = {
  400: {
    code: 'VALIDATION_FAILED',
    vi: 'Dữ liệu gửi lên không hợp lệ',
    en: 'The request is not valid',
  },
  401: { code: 'UNAUTHENTICATED', vi: 'Bạn cần đăng nhập', en: 'You need to sign in' },
  403: {
    code: 'FORBIDDEN',
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You may not do this',
  },
  404: { code: 'NOT_FOUND', vi: 'Không tìm thấy', en: 'Not found' },
  409: {
    code: 'CONFLICT',
    vi: 'Dữ liệu bị trùng hoặc xung đột',
    en: 'Conflict with existing data',
  },
  413: { code: 'FILE_TOO_LARGE', vi: 'Tệp quá lớn', en: 'The file is too large' },
  429: {
    code: 'TOO_MANY_ATTEMPTS',
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, try again later',
  },
};

/** English when the caller asks for it (`Accept-Language: en…`), Vietnamese otherwise. */
export function prefersEnglish(request: FastifyRequest | undefined): boolean {
  const header = request?.headers?.['accept-language'];
  return typeof header === 'string' && header.trim().toLowerCase().startsWith('en');
}

/** Turns anything thrown into the contract's error body `{ statusCode, code, message, details? }`. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const english = prefersEnglish(request);
    const body = this.toBody(exception, english);
    if (body.statusCode >= 500) this.logger.error(exception);
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, english: boolean): ErrorResponse {
    if (exception instanceof DomainError) {
      return {
        statusCode: STATUS_BY_CODE[exception.code],
        code: exception.code,
        message: english ? exception.messageEn : exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = CODE_BY_HTTP_STATUS[status];
      const response = exception.getResponse() as { details?: ErrorDetail[] } | string;
      const details = typeof response === 'object' ? response.details : undefined;
      return {
        statusCode: status,
        code: known?.code ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'),
        message: known ? (english ? known.en : known.vi) : exception.message,
        ...(details ? { details } : {}),
      };
    }
    const status = (exception as { statusCode?: number })?.statusCode;
    if (status === 413) {
      return {
        statusCode: 413,
        code: 'FILE_TOO_LARGE',
        message: english ? 'The file is too large' : 'Tệp quá lớn',
      };
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const known = CODE_BY_HTTP_STATUS[status];
      return {
        statusCode: status,
        code: known?.code ?? 'VALIDATION_FAILED',
        message: known
          ? english
            ? known.en
            : known.vi
          : english
            ? 'The request is not valid'
            : 'Yêu cầu không hợp lệ',
      };
    }
    return {
      statusCode: 500,
      code: 'INTERNAL',
      message: english ? 'An unexpected error occurred' : 'Đã xảy ra lỗi không mong muốn',
    };
  }
}
