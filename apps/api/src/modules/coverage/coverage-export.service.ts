import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoverageFiguresView, CoverageReport, CoverageStatus } from '@loa/contracts';
import { PassThrough, Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { UNIT_KIND_LABEL_VI } from '../org-units/unit-kind-names';
import { toFileDate, toSafeText } from '../people/roster/spreadsheet-text';
import { CoveragePeopleExportQuery, FollowUpRow } from './coverage-people-export.query';
import { CoverageSubjectResolver } from './coverage-subject';
import { CoverageService } from './coverage.service';
import type { CoverageQueryDto } from './dto/coverage-query.dto';
import type { CoveragePeopleExportQueryDto } from './dto/coverage-people-export-query.dto';
import { loadExcelJs } from '../../common/heavy-packages';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const STATUS_LABEL_VI: Record<CoverageStatus, string> = {
  met: 'Đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ',
  no_population: 'Không có cán bộ',
};

const ENROLMENT_STATUS_VI: Record<string, string> = {
  assigned: 'chưa bắt đầu',
  in_progress: 'đang học',
  completed: 'đã hoàn thành',
};

const VIEW_HEADER = [
  'Mã đơn vị',
  'Đơn vị',
  'Loại',
  'Số CBTT',
  'Đã bồi dưỡng',
  'Tỷ lệ (%)',
  'Chỉ tiêu (%)',
  'Trạng thái',
  'Còn thiếu',
];
const VIEW_WIDTHS = [14, 40, 24, 10, 14, 11, 12, 16, 11];

const FOLLOW_UP_HEADER = [
  'Mã cán bộ',
  'Họ và tên',
  'Ngày sinh',
  'Mã đơn vị',
  'Đơn vị',
  'Chức vụ',
  'Khoá học được giao & tiến độ',
  'Chứng chỉ gần nhất',
  'Ngày hết hạn',
];
const FOLLOW_UP_WIDTHS = [14, 28, 12, 14, 36, 20, 48, 20, 14];

const safeName = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The coverage dashboard's downloads: the current view (a unit and its children, the same
 * figures as GET /api/coverage, which it calls) and the follow-up list of a unit's people.
 * Every text cell is formula-safe; dates are dd/mm/yyyy; ratios are numbers formatted as %.
 */
@Injectable()
export class CoverageExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
    private readonly subjects: CoverageSubjectResolver,
    private readonly people: CoveragePeopleExportQuery,
  ) {}

  async currentView(
    user: AuthUser,
    query: CoverageQueryDto,
  ): Promise<{ fileName: string; file: Readable }> {
    const report = await this.coverage.report(user, query);
    const fileName = `ty-le-bao-phu-${safeName(report.target.code)}-${safeName(report.unit.code)}-${toFileDate(report.asOf).replace(/\//g, '-')}.xlsx`;
    return { fileName, file: this.stream((output) => writeView(report, output)) };
  }

  async followUp(
    user: AuthUser,
    query: CoveragePeopleExportQueryDto,
  ): Promise<{ fileName: string; file: Readable }> {
    const asOf = query.asOf ?? todayInVietnam();
    const trained = query.trained ?? false;
    const rows = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { target, unit } = await this.subjects.resolve(manager, user, {
        targetCode: query.target,
        unitCode: query.unit,
        asOf,
      });
      return this.people.rows(manager, { target, rootUnitId: unit.id, asOf, trained });
    });
    const prefix = trained ? 'da-boi-duong' : 'chua-boi-duong';
    const fileName = `${prefix}-${safeName(query.target)}-${safeName(query.unit)}-${toFileDate(asOf).replace(/\//g, '-')}.xlsx`;
    return { fileName, file: this.stream((output) => writeFollowUp(rows, output)) };
  }

  private stream(write: (output: PassThrough) => Promise<void>): Readable {
    const output = new PassThrough();
    write(output).catch((error: unknown) => output.destroy(error as Error));
    return output;
  }
}

function figureCells(figures: CoverageFiguresView, threshold: number): (string | number | null)[] {
  return [
    figures.population,
    figures.trained,
    figures.coverage,
    threshold,
    STATUS_LABEL_VI[figures.status],
    figures.gap,
  ];
}

async function writeView(report: CoverageReport, output: PassThrough): Promise<void> {
  const workbook = new (loadExcelJs().stream.xlsx.WorkbookWriter)({
    stream: output,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Tỷ lệ bồi dưỡng', {
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = VIEW_WIDTHS.map((width) => ({ width }));
  sheet
    .addRow([
      toSafeText(
        `Tỷ lệ cán bộ được bồi dưỡng — chỉ tiêu ${report.target.code} — ${report.unit.name} — tính đến ngày ${toFileDate(report.asOf)}`,
      ),
    ])
    .commit();
  sheet
    .addRow([
      toSafeText(
        `Giai đoạn ${toFileDate(report.target.periodStart)} – ${toFileDate(report.target.periodEnd)}`,
      ),
    ])
    .commit();
  sheet.addRow(VIEW_HEADER).commit();
  const lines = [
    { unit: report.unit, figures: report as CoverageFiguresView },
    ...report.children.map((child) => ({
      unit: child.unit,
      figures: child as CoverageFiguresView,
    })),
  ];
  for (const line of lines) {
    const row = sheet.addRow([
      toSafeText(line.unit.code),
      toSafeText(line.unit.name),
      UNIT_KIND_LABEL_VI[line.unit.kind] ?? line.unit.kind,
      ...figureCells(line.figures, report.target.threshold),
    ]);
    row.getCell(6).numFmt = '0.0%';
    row.getCell(7).numFmt = '0%';
    if (line === lines[0]) row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

const courseText = (course: FollowUpRow['courses'][number]): string => {
  const percent = Math.round(Number(course.progress) * 100);
  const status = ENROLMENT_STATUS_VI[course.status] ?? course.status;
  const due = course.due_on ? `, hạn ${toFileDate(course.due_on)}` : '';
  return `${course.title}: ${status} ${percent}%${due}`;
};

async function writeFollowUp(rows: FollowUpRow[], output: PassThrough): Promise<void> {
  const workbook = new (loadExcelJs().stream.xlsx.WorkbookWriter)({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Danh sách theo dõi', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = FOLLOW_UP_WIDTHS.map((width) => ({ width }));
  sheet.addRow(FOLLOW_UP_HEADER).commit();
  for (const row of rows) {
    const revoked = row.last_revoked_on ? ` (thu hồi ${toFileDate(row.last_revoked_on)})` : '';
    sheet
      .addRow(
        [
          row.staff_code,
          row.full_name,
          toFileDate(row.date_of_birth),
          row.unit_code,
          row.unit_name,
          row.position,
          row.courses.map(courseText).join('; '),
          row.last_number ? `${row.last_number}${revoked}` : '',
          toFileDate(row.last_expires_on),
        ].map(toSafeText),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
