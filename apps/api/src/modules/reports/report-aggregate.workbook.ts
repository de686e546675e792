import type { ReportPeriodAggregate } from '@loa/contracts';
import { loadExcelJs } from '../../common/heavy-packages';
import { toFileDate, toSafeText } from '../people/roster/spreadsheet-text';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const percent = (ratio: number | null): string =>
  ratio === null ? '' : `${(ratio * 100).toFixed(2).replace('.', ',')}%`;

/** The aggregate as XLSX: one sheet per view, Vietnamese headers, dates dd/mm/yyyy. */
export async function aggregateWorkbook(aggregate: ReportPeriodAggregate): Promise<Buffer> {
  const workbook = new (loadExcelJs().Workbook)();
  workbook.creator = 'Loa';
  const summary = workbook.addWorksheet('Tổng hợp');
  summary.addRow([`Tổng hợp báo cáo ${toSafeText(aggregate.period.title)}`]);
  summary.addRow([
    `Số liệu tính đến ngày ${toFileDate(aggregate.asOf)}; báo cáo đã duyệt: ${aggregate.acceptedReports}/${aggregate.requiredUnits}`,
  ]);
  summary.addRow([]);
  summary.addRow([
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Ngưỡng',
    'Số người thuộc diện (báo cáo đã duyệt)',
    'Đã bồi dưỡng (báo cáo đã duyệt)',
    'Tỷ lệ (báo cáo đã duyệt)',
    'Bồi dưỡng trong kỳ (báo cáo đã duyệt)',
    'Số người thuộc diện (số liệu hiện có)',
    'Đã bồi dưỡng (số liệu hiện có)',
    'Tỷ lệ (số liệu hiện có)',
  ]).font = { bold: true };
  for (const t of aggregate.targets) {
    summary.addRow([
      toSafeText(t.code),
      toSafeText(t.name),
      percent(t.threshold),
      t.accepted.population,
      t.accepted.trained,
      percent(t.accepted.coverage),
      t.accepted.trainedDuringPeriod,
      t.live.population,
      t.live.trained,
      percent(t.live.coverage),
    ]);
  }
  summary.columns.forEach((column, i) => (column.width = i === 1 ? 48 : 18));

  const units = workbook.addWorksheet('Đơn vị');
  const codes = aggregate.targets.map((t) => t.code);
  units.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    'Phiên bản',
    ...codes.flatMap((code) => [`${code}: số người thuộc diện`, `${code}: đã bồi dưỡng`]),
  ]).font = { bold: true };
  for (const row of aggregate.units) {
    units.addRow([
      toSafeText(row.unit.code),
      toSafeText(row.unit.name),
      row.version,
      ...codes.flatMap((code) => [
        row.targets[code]?.population ?? 0,
        row.targets[code]?.trained ?? 0,
      ]),
    ]);
  }
  units.columns.forEach((column, i) => (column.width = i === 1 ? 48 : 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
