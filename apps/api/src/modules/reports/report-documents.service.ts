import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { versionInForce } from '../../common/scope/unit-tree.sql';
import { buildReportDocument } from './report-document';
import { renderReportDocx } from './report-docx.renderer';
import { renderReportPdf } from './report-pdf.renderer';
import { UnitReportsService } from './unit-reports.service';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReportFile {
  file: Buffer;
  name: string;
}

/** A report version as a Vietnamese administrative document (Decree 30/2020/NĐ-CP), DOCX or PDF. */
@Injectable()
export class ReportDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: UnitReportsService,
  ) {}

  async render(user: AuthUser, id: string, format: 'docx' | 'pdf'): Promise<ReportFile> {
    const report = await this.reports.get(user, id);
    const [parent] = await this.dataSource.query(
      `SELECT pv.name FROM units u
         JOIN unit_versions v ON v.unit_id = u.id AND ${versionInForce('v', '$2')}
         JOIN unit_versions pv ON pv.unit_id = v.parent_id AND ${versionInForce('pv', '$2')}
        WHERE u.code = $1`,
      [report.unit.code, report.period.cutoffOn],
    );
    const issuedOn = report.submittedAt
      ? todayInVietnam(new Date(report.submittedAt))
      : todayInVietnam();
    const document = buildReportDocument(report, parent?.name ?? null, issuedOn);
    const file =
      format === 'docx' ? await renderReportDocx(document) : await renderReportPdf(document);
    const name = `bao-cao-${report.unit.code}-${report.period.code}-v${report.version}.${format}`;
    return { file, name: name.replace(/[^A-Za-z0-9._-]/g, '_') };
  }
}
