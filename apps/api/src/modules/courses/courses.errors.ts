import type { ErrorDetail } from '@loa/contracts';
import { DomainError } from '../../common/domain-error';

export const courseNotFound = (): DomainError =>
  new DomainError('NOT_FOUND', 'Không tìm thấy khoá học', 'Course not found');

export const itemNotFound = (): DomainError =>
  new DomainError('NOT_FOUND', 'Không tìm thấy nội dung này', 'Not found');

export const courseCodeTaken = (code: string): DomainError =>
  new DomainError(
    'CONFLICT',
    `Mã khoá học ${code} đã tồn tại`,
    `Course code ${code} already exists`,
  );

export const versionNotEditable = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Phiên bản này không còn chỉnh sửa được; vui lòng tải lại khoá học',
    'This version can no longer be edited; reload the course',
  );

export const nothingToPublish = (): DomainError =>
  new DomainError('CONFLICT', 'Không có bản nháp nào để xuất bản', 'There is no draft to publish');

export const invalidInput = (message: string, messageEn: string, details?: ErrorDetail[]) =>
  new DomainError('VALIDATION_FAILED', message, messageEn, details);
