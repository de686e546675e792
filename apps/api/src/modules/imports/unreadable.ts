import { DomainError } from '../../common/domain-error';

export const fileUnreadable = (): DomainError =>
  new DomainError(
    'FILE_UNREADABLE',
    'Không đọc được tệp: tệp không phải CSV UTF-8 hoặc Excel (.xlsx)',
    'The file cannot be read: it is neither UTF-8 CSV nor Excel (.xlsx)',
  );
