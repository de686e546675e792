import { DomainError } from '../../common/domain-error';
import { displayDate } from './unit-code';

/** The unit does not exist on that date, or not for this caller (outside their scope). */
export const unitNotFound = (code: string, date?: string): DomainError =>
  new DomainError(
    'NOT_FOUND',
    date
      ? `Không tìm thấy đơn vị ${code} vào ngày ${displayDate(date)}`
      : `Không tìm thấy đơn vị ${code}`,
    date ? `Unit ${code} not found on ${date}` : `Unit ${code} not found`,
  );
