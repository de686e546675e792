import { DomainError, notFound } from '../../common/domain-error';

export const periodNotFound = (): DomainError =>
  notFound('Không tìm thấy kỳ báo cáo', 'Report period not found');

export const reportNotFound = (): DomainError =>
  notFound('Không tìm thấy báo cáo', 'Report not found');

export const periodCodeTaken = (code: string): DomainError =>
  new DomainError(
    'CONFLICT',
    `Mã kỳ báo cáo ${code} đã có`,
    `Report period ${code} already exists`,
    [{ field: 'code', code: 'taken', message: 'Mã kỳ báo cáo đã có' }],
  );

export const invalidPeriodDates = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Ngày không hợp lệ: ngày bắt đầu số liệu phải trước ngày chốt số liệu, hạn nộp không trước ngày chốt',
    'Invalid dates: the data start must precede the cut-off and the due date must not precede it',
    [{ field: 'cutoffOn', code: 'invalid_range', message: 'Ngày không hợp lệ' }],
  );

export const reportNotEditable = (status: string): DomainError =>
  new DomainError(
    'CONFLICT',
    'Báo cáo đã gửi không thể sửa',
    `A ${status} report cannot be changed`,
    [{ field: 'status', code: 'not_editable', message: 'Báo cáo đã gửi không thể sửa' }],
  );

export const reportNotSubmitted = (status: string): DomainError =>
  new DomainError(
    'CONFLICT',
    'Chỉ xử lý được báo cáo đã gửi, chưa được duyệt',
    `Only a submitted report can be returned or accepted (this one is ${status})`,
    [{ field: 'status', code: 'not_submitted', message: 'Báo cáo không ở trạng thái đã gửi' }],
  );

export const narrativeIncomplete = (fields: string[]): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Cần điền đủ các phần của báo cáo và người ký trước khi gửi',
    'Fill in every section and the signer before submitting',
    fields.map((field) => ({ field, code: 'required', message: 'Chưa điền' })),
  );
