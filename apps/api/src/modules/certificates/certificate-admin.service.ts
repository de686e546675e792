import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateVerification } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { CertificateIssuerService } from './certificate-issuer.service';
import { findCertificateByNumber } from './certificate-lookup.query';
import { Certificate } from './certificate.entity';
import { publicAnswer } from './certificate-verification.service';
import {
  alreadyRevoked,
  certificateNotFound,
  nothingToCorrect,
  revokedBeforeIssue,
} from './certificates.errors';
import type { CorrectCertificateDto } from './dto/correct-certificate.dto';
import type { RevokeCertificateDto } from './dto/revoke-certificate.dto';

/**
 * The department's corrections to the register. Nothing is deleted: a revocation is recorded
 * on the certificate (effective on its date), a correction issues a new number that replaces
 * the old certificate, which is revoked on the day of the correction with the reason.
 */
@Injectable()
export class CertificateAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: CertificateIssuerService,
    private readonly audit: AuditService,
  ) {}

  async revoke(
    user: AuthUser,
    number: string,
    dto: RevokeCertificateDto,
  ): Promise<CertificateVerification> {
    return this.dataSource.transaction(async (manager) => {
      const certificate = await this.lockApproved(manager, number);
      if (certificate.revokedOn !== null) throw alreadyRevoked();
      if (dto.revokedOn < certificate.issuedOn) throw revokedBeforeIssue();
      const reason = dto.reason.normalize('NFC').trim();
      await manager
        .getRepository(Certificate)
        .update(
          { id: certificate.id },
          { revokedOn: dto.revokedOn, revocationReason: reason, revokedBy: user.id },
        );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'certificate.revoked',
          entityType: 'certificate',
          entityId: certificate.id,
          details: { number: certificate.number, revokedOn: dto.revokedOn, reason },
        },
        manager,
      );
      return publicAnswer(await findCertificateByNumber(manager, number), todayInVietnam());
    });
  }

  /** Reissues a certificate with a corrected name or date of birth under a new number. */
  async correct(
    user: AuthUser,
    number: string,
    dto: CorrectCertificateDto,
  ): Promise<{ number: string; replaces: string }> {
    if (dto.holderName === undefined && dto.holderDateOfBirth === undefined) {
      throw nothingToCorrect();
    }
    return this.dataSource.transaction(async (manager) => {
      const old = await this.lockApproved(manager, number);
      if (old.revokedOn !== null) throw alreadyRevoked();
      const record = (await findCertificateByNumber(manager, number))!;
      const today = todayInVietnam();
      const corrected = await this.issuer.issue(manager, {
        personId: old.personId,
        programmeCode: record.programmeCode,
        issuedOn: old.issuedOn,
        source: old.source,
        approval: 'approved',
        provider: old.provider,
        createdBy: user.id,
        correction: {
          replaces: old,
          holderName: dto.holderName ?? old.holderName,
          holderDateOfBirth: dto.holderDateOfBirth ?? old.holderDateOfBirth,
        },
      });
      await manager.getRepository(Certificate).update(
        { id: old.id },
        {
          revokedOn: today < old.issuedOn ? old.issuedOn : today,
          revocationReason: `Đã được thay thế bởi giấy chứng nhận số ${corrected.number} (đính chính)`,
          revokedBy: user.id,
        },
      );
      return { number: corrected.number, replaces: old.number };
    });
  }

  private async lockApproved(manager: EntityManager, number: string): Promise<Certificate> {
    const certificate = await manager.getRepository(Certificate).findOne({
      where: { number: number.normalize('NFC').trim(), approval: 'approved' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!certificate) throw certificateNotFound();
    return certificate;
  }
}
