import { DomainError, notFound } from '../../common/domain-error';

export const targetNotFound = (): DomainError =>
  notFound('Không tìm thấy chỉ tiêu', 'Target not found');

export const unitNotFound = (): DomainError => notFound('Không tìm thấy đơn vị', 'Unit not found');

export const outsideTargetPeriods = (asOf: string, targetCode: string): DomainError =>
  new DomainError(
    'OUTSIDE_TARGET_PERIODS',
    `Ngày ${asOf.split('-').reverse().join('/')} nằm ngoài các giai đoạn của chỉ tiêu ${targetCode}`,
    `${asOf} lies outside every period of target ${targetCode}`,
    [
      {
        field: 'asOf',
        code: 'outside_target_periods',
        message: 'Ngày nằm ngoài các giai đoạn của chỉ tiêu',
      },
    ],
  );

export const invalidTrendRange = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc và không quá 10 năm',
    'Invalid range: from must not be after to, and at most ten years apart',
    [{ field: 'from', code: 'invalid_range', message: 'Khoảng thời gian không hợp lệ' }],
  );
