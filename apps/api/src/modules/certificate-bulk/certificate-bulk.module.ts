import { Module } from '@nestjs/common';
import { BulkDownloadWorker } from './bulk-download.worker';
import { CertificateBulkController } from './certificate-bulk.controller';
import { CertificateBulkService } from './certificate-bulk.service';

/** Bulk downloads of certificate PDFs as one ZIP, made by a background job (JobsModule). */
@Module({
  controllers: [CertificateBulkController],
  providers: [CertificateBulkService, BulkDownloadWorker],
})
export class CertificateBulkModule {}
