import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainErrorFilter } from './common/filters/domain-error.filter';
import { ScopeModule } from './common/scope/scope.module';
import { createValidationPipe } from './common/validation';
import { ConfigModule } from './config/config.module';
import type { LoaEnv } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CertificateBulkModule } from './modules/certificate-bulk/certificate-bulk.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { TrainingRecordEntryModule } from './modules/certificates/training-records/training-record-entry.module';
import { CoursesModule } from './modules/courses/courses.module';
import { CoverageModule } from './modules/coverage/coverage.module';
import { DemoModule } from './modules/demo/demo.module';
import { FilesModule } from './modules/files/files.module';
import { HealthModule } from './modules/health/health.module';
import { LearningModule } from './modules/learning/learning.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { OrgUnitsModule } from './modules/org-units/org-units.module';
import { PeopleModule } from './modules/people/people.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { ReportsModule } from './modules/reports/reports.module';

@Module({})
export class AppModule {
  static forRoot(env: LoaEnv, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), autoLoadEntities: false }),
        ScopeModule,
        JobsModule.forRoot(databaseUrl),
        AuditModule,
        AuthModule,
        AccountsModule,
        OrgUnitsModule,
        PeopleModule,
        ReferenceModule,
        CertificatesModule,
        TrainingRecordEntryModule,
        CertificateBulkModule,
        CoverageModule,
        FilesModule,
        CoursesModule,
        ReportsModule,
        LearningModule,
        DemoModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
