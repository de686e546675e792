import { DomainError, notFound } from '../../common/domain-error';

export const personNotFound = (): DomainError =>
  notFound('Không tìm thấy cán bộ', 'Person not found');

export const assignmentNotFound = (): DomainError =>
  notFound('Không tìm thấy nhiệm vụ', 'Assignment not found');

export const unitNotFound = (): DomainError => notFound('Không tìm thấy đơn vị', 'Unit not found');

export const staffCodeTaken = (staffCode: string): DomainError =>
  new DomainError(
    'CONFLICT',
    `Mã cán bộ ${staffCode} đã tồn tại`,
    `Staff code ${staffCode} already exists`,
  );

export const assignmentExists = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Cán bộ đã có nhiệm vụ tại đơn vị này bắt đầu từ ngày đó',
    'This person already has an assignment at this unit starting that day',
  );

export const endBeforeStart = (field: string): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Ngày kết thúc không được trước ngày bắt đầu',
    'The end date cannot be before the start date',
    [{ field, code: 'endBeforeStart', message: 'Ngày kết thúc không được trước ngày bắt đầu' }],
  );

export const unitNotOpenOn = (field: string): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Đơn vị chưa thành lập hoặc đã giải thể vào ngày bắt đầu',
    'The unit does not exist on the start date',
    [
      {
        field,
        code: 'unitNotOpen',
        message: 'Đơn vị chưa thành lập hoặc đã giải thể vào ngày bắt đầu',
      },
    ],
  );
