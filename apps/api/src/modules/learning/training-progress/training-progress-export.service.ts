import { Injectable } from '@nestjs/common';
import type { EnrolmentStatus, TrainingProgressRow } from '@loa/contracts';
import { loadExcelJs } from '../../../common/heavy-packages';
import { PassThrough, Readable } from 'node:stream';
import { toFileDate, toSafeText } from '../../people/roster/spreadsheet-text';
import { TrainingProgressFilter, TrainingProgressQuery } from './training-progress.query';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_VI: Record<EnrolmentStatus, string> = {
  assigned: 'Được giao',
  in_progress: 'Đang học',
  completed: 'Hoàn thành',
};

const COLUMNS: { header: string; width: number }[] = [
  { header: 'Mã cán bộ', width: 14 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Mã đơn vị', width: 14 },
  { header: 'Đơn vị', width: 36 },
  { header: 'Mã khóa học', width: 14 },
  { header: 'Khóa học', width: 40 },
  { header: 'Trạng thái', width: 14 },
  { header: 'Tiến độ (%)', width: 12 },
  { header: 'Điểm (%)', width: 10 },
  { header: 'Hạn hoàn thành', width: 16 },
  { header: 'Ngày hoàn thành', width: 16 },
  { header: 'Quá hạn', width: 10 },
];

/** One row as cells: every cell a formula-safe string, dates dd/mm/yyyy. */
export function trainingCells(row: TrainingProgressRow): string[] {
  return [
    row.staffCode,
    row.fullName,
    row.unitCode,
    row.unitName,
    row.courseCode,
    row.courseTitle,
    STATUS_VI[row.status],
    String(Math.round(row.progress * 100)),
    row.scorePercent === null ? '' : String(row.scorePercent),
    toFileDate(row.dueOn),
    toFileDate(row.completedOn),
    row.overdue ? 'có' : 'không',
  ].map(toSafeText);
}

/** The training progress of a subtree as an XLSX, streamed. */
@Injectable()
export class TrainingProgressExportService {
  constructor(private readonly query: TrainingProgressQuery) {}

  async workbook(filter: TrainingProgressFilter): Promise<Readable> {
    const { rows } = await this.query.page(filter, null, 0);
    const output = new PassThrough();
    this.write(rows, output).catch((error: unknown) => output.destroy(error as Error));
    return output;
  }

  private async write(rows: TrainingProgressRow[], output: PassThrough): Promise<void> {
    const workbook = new (loadExcelJs().stream.xlsx.WorkbookWriter)({
      stream: output,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Tiến độ học tập', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
    sheet.addRow(COLUMNS.map((c) => c.header)).commit();
    for (const row of rows) sheet.addRow(trainingCells(row)).commit();
    sheet.commit();
    await workbook.commit();
  }
}

/** "tien-do-hoc-tap-<unit or tat-ca>-<dd-mm-yyyy>.xlsx", safe in a Content-Disposition header. */
export const trainingFileName = (unitCode: string | undefined, today: string): string =>
  `tien-do-hoc-tap-${(unitCode ?? 'tat-ca').replace(/[^A-Za-z0-9_-]/g, '-')}-${toFileDate(today).replace(/\//g, '-')}.xlsx`;
