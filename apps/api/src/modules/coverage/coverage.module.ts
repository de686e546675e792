import { Module } from '@nestjs/common';
import { CoverageDashboardService } from './coverage-dashboard.service';
import { CoverageExportController } from './coverage-export.controller';
import { CoverageExportService } from './coverage-export.service';
import { CoverageFollowUpService } from './coverage-follow-up.service';
import { CoverageLookupQuery } from './coverage-lookup.query';
import { CoveragePeopleExportQuery } from './coverage-people-export.query';
import { CoveragePeopleQuery } from './coverage-people.query';
import { CoveragePeopleService } from './coverage-people.service';
import { CoverageRankingQuery } from './coverage-ranking.query';
import { CoverageSubjectResolver } from './coverage-subject';
import { CoverageTrendService } from './coverage-trend.service';
import { CoverageController } from './coverage.controller';
import { CoverageQuery } from './coverage.query';
import { CoverageService } from './coverage.service';
import { ExpiringCertificatesQuery } from './expiring-certificates.query';

/** Coverage of targets by units as of a date: one query class for every screen and report. */
@Module({
  controllers: [CoverageController, CoverageExportController],
  providers: [
    CoverageQuery,
    CoverageLookupQuery,
    CoverageSubjectResolver,
    CoverageService,
    CoverageTrendService,
    CoveragePeopleQuery,
    CoveragePeopleService,
    CoverageRankingQuery,
    ExpiringCertificatesQuery,
    CoveragePeopleExportQuery,
    CoverageDashboardService,
    CoverageExportService,
    CoverageFollowUpService,
  ],
  exports: [CoverageQuery, CoverageLookupQuery, CoverageService],
})
export class CoverageModule {}
