import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { MyReportPeriodsService } from './my-report-periods.service';
import { ReportAccessService } from './report-access.service';
import { ReportAggregateService } from './report-aggregate.service';
import { ReportDocumentsService } from './report-documents.service';
import { ReportFiguresBuilder } from './report-figures.builder';
import { ReportPeriodsController } from './report-periods.controller';
import { ReportPeriodsService } from './report-periods.service';
import { ReportStatusService } from './report-status.service';
import { RequiredUnitsQuery } from './required-units.query';
import { UnitReportsController } from './unit-reports.controller';
import { UnitReportsService } from './unit-reports.service';

/** Periodic reports: periods, unit reports frozen on submission, review, aggregate, documents. */
@Module({
  imports: [CoverageModule],
  controllers: [ReportPeriodsController, UnitReportsController],
  providers: [
    ReportPeriodsService,
    MyReportPeriodsService,
    ReportStatusService,
    ReportAggregateService,
    ReportAccessService,
    RequiredUnitsQuery,
    ReportFiguresBuilder,
    UnitReportsService,
    ReportDocumentsService,
  ],
  exports: [ReportFiguresBuilder],
})
export class ReportsModule {}
