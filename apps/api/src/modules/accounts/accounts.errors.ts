import { DomainError } from '../../common/domain-error';

export const accountNotFound = () =>
  new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản', 'Account not found');

export const personNotFound = () =>
  new DomainError('NOT_FOUND', 'Không tìm thấy cán bộ', 'Person not found');

export const unitNotFound = () =>
  new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị', 'Unit not found');

export const grantNotFound = () =>
  new DomainError('NOT_FOUND', 'Không tìm thấy quyền được cấp', 'Role grant not found');

export const usernameTaken = (username: string) =>
  new DomainError(
    'CONFLICT',
    `Tên đăng nhập "${username}" đã được sử dụng`,
    `The username "${username}" is already taken`,
  );

export const personHasAccount = () =>
  new DomainError(
    'CONFLICT',
    'Cán bộ này đã có tài khoản đăng nhập',
    'This person already has a login',
  );

export const grantExists = () =>
  new DomainError(
    'CONFLICT',
    'Tài khoản đã có quyền này tại đơn vị này',
    'The account already holds this role at this unit',
  );

export const cannotDisableSelf = () =>
  new DomainError(
    'VALIDATION_FAILED',
    'Bạn không thể tự vô hiệu hoá tài khoản của mình',
    'You cannot disable your own account',
  );

export const unitClosed = () =>
  new DomainError(
    'VALIDATION_FAILED',
    'Đơn vị đã giải thể hoặc sáp nhập, không thể cấp quyền',
    'The unit is closed or merged; roles cannot be granted there',
  );

export const onlySystemAdmin = () =>
  new DomainError(
    'FORBIDDEN',
    'Chỉ quản trị hệ thống mới được thực hiện thao tác này với quyền quản trị hệ thống',
    'Only a system administrator may do this to the system administrator role',
  );
