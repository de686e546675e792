import { DomainError } from '../../common/domain-error';
import { RowErrorCollector } from './row-errors';

describe('RowErrorCollector', () => {
  it('does nothing when there is no error', () => {
    const errors = new RowErrorCollector();
    expect(errors.hasErrors).toBe(false);
    expect(() => errors.throwIfAny()).not.toThrow();
  });

  it('throws IMPORT_INVALID with every problem sorted by row, naming row and column', () => {
    const errors = new RowErrorCollector();
    errors.add(9, 'Tên đơn vị', 'required', 'không được để trống');
    errors.add(7, 'Ngày sinh', 'invalid_date', 'ngày 31/02/2026 không tồn tại');
    errors.add(9, 'Mã đơn vị', 'duplicate', 'mã trùng với dòng 3');
    expect(errors.hasErrors).toBe(true);
    let thrown: unknown;
    try {
      errors.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const domain = thrown as DomainError;
    expect(domain.code).toBe('IMPORT_INVALID');
    expect(domain.message).toBe('Tệp có 3 lỗi, chưa ghi dữ liệu nào');
    expect(domain.details).toEqual([
      {
        row: 7,
        column: 'Ngày sinh',
        code: 'invalid_date',
        message: 'Dòng 7, cột Ngày sinh: ngày 31/02/2026 không tồn tại',
      },
      {
        row: 9,
        column: 'Tên đơn vị',
        code: 'required',
        message: 'Dòng 9, cột Tên đơn vị: không được để trống',
      },
      {
        row: 9,
        column: 'Mã đơn vị',
        code: 'duplicate',
        message: 'Dòng 9, cột Mã đơn vị: mã trùng với dòng 3',
      },
    ]);
  });
});
