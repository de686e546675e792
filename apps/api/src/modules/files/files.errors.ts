import { DomainError } from '../../common/domain-error';
import { formatLimit, UploadKind } from './upload-kinds';

export const missingFile = (): DomainError =>
  new DomainError('VALIDATION_FAILED', 'Vui lòng chọn tệp', 'Please choose a file', [
    { field: 'file', code: 'missing_file', message: 'Vui lòng chọn tệp' },
  ]);

export const fileTooLarge = (kind: UploadKind): DomainError =>
  new DomainError(
    'FILE_TOO_LARGE',
    `Tệp quá lớn: tối đa ${formatLimit(kind.maxBytes)}`,
    `The file is too large: ${formatLimit(kind.maxBytes)} at most`,
  );

export const wrongFileType = (kind: UploadKind): DomainError => {
  const labels = kind.types.map((type) => type.label).join(', ');
  return new DomainError(
    'UNSUPPORTED_FILE_TYPE',
    `Tệp không đúng định dạng: chỉ nhận ${labels}`,
    `Wrong file type: only ${labels} accepted`,
  );
};

export const fileNotFound = (): DomainError =>
  new DomainError('NOT_FOUND', 'Không tìm thấy tệp', 'File not found');

export const rangeNotSatisfiable = (): DomainError =>
  new DomainError(
    'RANGE_NOT_SATISFIABLE',
    'Đoạn dữ liệu yêu cầu nằm ngoài tệp',
    'The requested range is outside the file',
  );
