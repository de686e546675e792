import { Module } from '@nestjs/common';
import { CertificateAdminService } from './certificate-admin.service';
import { CertificateDocumentsService } from './certificate-documents.service';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificateTemplatesController } from './certificate-templates.controller';
import { CertificateTemplatesService } from './certificate-templates.service';
import { CertificateVerificationController } from './certificate-verification.controller';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { MyCertificatesQuery } from './my-certificates.query';
import { RegistryExportService } from './registry-export.service';
import { RegistryQuery } from './registry.query';
import { SigningKeysService } from './signing-keys.service';
import { TrainingRecordsController } from './training-records/training-records.controller';
import { TrainingRecordsImportService } from './training-records/training-records-import.service';
import { TrainingRecordsReviewService } from './training-records/training-records-review.service';
import { VerificationCheckLog } from './verification-check-log';
import { VerificationRateLimiter } from './verification-rate-limiter';

/**
 * Certificates: issuing (exported for the learning module: CertificateIssuerService), signing,
 * PDFs, public verification, the registry, and the import of training done elsewhere.
 */
@Module({
  controllers: [
    CertificateVerificationController,
    CertificatesController,
    TrainingRecordsController,
    CertificateTemplatesController,
  ],
  providers: [
    SigningKeysService,
    CertificateIssuerService,
    CertificateVerificationService,
    VerificationRateLimiter,
    VerificationCheckLog,
    CertificateAdminService,
    CertificateDocumentsService,
    MyCertificatesQuery,
    RegistryQuery,
    RegistryExportService,
    TrainingRecordsImportService,
    TrainingRecordsReviewService,
    CertificateTemplatesService,
  ],
  exports: [CertificateIssuerService],
})
export class CertificatesModule {}
