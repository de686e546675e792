import { Module } from '@nestjs/common';
import { CoverageLookupQuery } from './coverage-lookup.query';
import { CoveragePeopleQuery } from './coverage-people.query';
import { CoveragePeopleService } from './coverage-people.service';
import { CoverageSubjectResolver } from './coverage-subject';
import { CoverageTrendService } from './coverage-trend.service';
import { CoverageController } from './coverage.controller';
import { CoverageQuery } from './coverage.query';
import { CoverageService } from './coverage.service';

/** Coverage of targets by units as of a date: one query class for every screen and report. */
@Module({
  controllers: [CoverageController],
  providers: [
    CoverageQuery,
    CoverageLookupQuery,
    CoverageSubjectResolver,
    CoverageService,
    CoverageTrendService,
    CoveragePeopleQuery,
    CoveragePeopleService,
  ],
  exports: [CoverageQuery, CoverageLookupQuery, CoverageService],
})
export class CoverageModule {}
