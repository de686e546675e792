import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ErrorDetail } from '@loa/contracts';
import { DomainError } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule]) => ({
      field,
      code: rule,
      message: describeRule(rule, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Vietnamese wording for the validator rules we use. */
function describeRule(rule: string, field: string): string {
  const messages: Record<string, string> = {
    whitelistValidation: `Trường "${field}" không được phép`,
    isNotEmpty: `Trường "${field}" không được để trống`,
    isString: `Trường "${field}" phải là chuỗi ký tự`,
    isBoolean: `Trường "${field}" phải là true hoặc false`,
    isInt: `Trường "${field}" phải là số nguyên`,
    isIn: `Giá trị của trường "${field}" không nằm trong danh sách cho phép`,
    isEnum: `Giá trị của trường "${field}" không nằm trong danh sách cho phép`,
    isISO8601: `Trường "${field}" phải là ngày theo dạng YYYY-MM-DD`,
    isDateString: `Trường "${field}" phải là ngày theo dạng YYYY-MM-DD`,
    matches: `Trường "${field}" không đúng định dạng`,
    maxLength: `Trường "${field}" quá dài`,
    minLength: `Trường "${field}" quá ngắn`,
    min: `Trường "${field}" nhỏ hơn giá trị cho phép`,
    max: `Trường "${field}" lớn hơn giá trị cho phép`,
    isEmail: `Trường "${field}" phải là địa chỉ email`,
    isUuid: `Trường "${field}" phải là mã định danh hợp lệ`,
    isUUID: `Trường "${field}" phải là mã định danh hợp lệ`,
    isArray: `Trường "${field}" phải là danh sách`,
  };
  return messages[rule] ?? `Trường "${field}" không hợp lệ (${rule})`;
}

/** The global pipe: whitelist, forbid unknown fields, transform, and the contract's error body. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError(
        'VALIDATION_FAILED',
        'Dữ liệu gửi lên không hợp lệ',
        'The request is not valid',
        flatten(errors),
      ),
  });
}
