import type { ErrorDetail } from '@loa/contracts';
import { DomainError } from '../../common/domain-error';

/** One problem of one row of an imported file, as the contract reports it. */
export interface RowError extends ErrorDetail {
  row: number;
  column: string;
  code: string;
  message: string;
}

/**
 * Collects every problem of an import before anything is written. `add` takes the problem
 * alone and names the row and column itself: add(7, 'Ngày sinh', 'invalid_date',
 * 'ngày 31/02/2026 không tồn tại') → "Dòng 7, cột Ngày sinh: ngày 31/02/2026 không tồn tại".
 */
export class RowErrorCollector {
  private readonly errors: RowError[] = [];

  add(row: number, column: string, code: string, problem: string): void {
    const where = column ? `Dòng ${row}, cột ${column}` : `Dòng ${row}`;
    this.errors.push({ row, column, code, message: `${where}: ${problem}` });
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  get count(): number {
    return this.errors.length;
  }

  /** The problems so far, by row (a stable sort keeps the order they were found in). */
  list(): RowError[] {
    return [...this.errors].sort((a, b) => a.row - b.row);
  }

  /** Throws IMPORT_INVALID (422) with every problem, sorted by row, if there is any. */
  throwIfAny(): void {
    if (!this.hasErrors) return;
    const n = this.errors.length;
    throw new DomainError(
      'IMPORT_INVALID',
      `Tệp có ${n} lỗi, chưa ghi dữ liệu nào`,
      `The file has ${n} error${n === 1 ? '' : 's'}; nothing was written`,
      this.list(),
    );
  }
}
