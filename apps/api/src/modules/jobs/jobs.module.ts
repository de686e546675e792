import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_DATABASE_URL } from './jobs.constants';
import { JobsService } from './jobs.service';

/**
 * Background jobs on Loa's own PostgreSQL (pg-boss, schema `pgboss`): started with the app,
 * stopped with it. Any module injects JobsService to queue work or to run a worker.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, JobsService],
      exports: [JobsService],
    };
  }
}
