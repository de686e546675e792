import { DomainError, notFound } from '../../common/domain-error';

export const certificateNotFound = (): DomainError =>
  notFound('Không tìm thấy giấy chứng nhận', 'Certificate not found');

export const programmeNotFound = (code: string): DomainError =>
  notFound(`Không tìm thấy chương trình ${code}`, `Programme ${code} not found`);

export const personNotFound = (): DomainError =>
  notFound('Không tìm thấy cán bộ', 'Person not found');

export const alreadyRevoked = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Giấy chứng nhận đã bị thu hồi hoặc đã được thay thế',
    'The certificate is already revoked or replaced',
  );

export const revokedBeforeIssue = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Ngày thu hồi không được trước ngày cấp',
    'The revocation date cannot be before the issue date',
    [
      {
        field: 'revokedOn',
        code: 'before_issue',
        message: 'Ngày thu hồi không được trước ngày cấp',
      },
    ],
  );

export const nothingToCorrect = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Cần nhập họ tên hoặc ngày sinh mới',
    'Give a new name or date of birth',
    [
      {
        field: 'holderName',
        code: 'nothing_to_correct',
        message: 'Cần nhập họ tên hoặc ngày sinh mới',
      },
    ],
  );

export const notPending = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Bản ghi không còn chờ duyệt',
    'The record is no longer waiting for approval',
  );

export const tooManyVerifications = (): DomainError =>
  new DomainError(
    'TOO_MANY_ATTEMPTS',
    'Bạn tra cứu quá nhiều lần, vui lòng thử lại sau ít phút',
    'Too many verification requests, please try again in a few minutes',
  );
