import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { CertificateRecord, findCertificateByNumber } from './certificate-lookup.query';
import { renderCertificatePdf } from './certificate-pdf.renderer';
import { verificationUrl } from './certificate-qr';
import { certificateNotFound } from './certificates.errors';
import { storedPayload } from './stored-payload';

/**
 * The PDF of a certificate issued by Loa, for its holder, the managers whose scope holds the
 * certificate's unit, and the department. Anyone else, and any record Loa did not issue, gets
 * 404. Holders and managers no longer get a revoked or replaced certificate; the department does.
 */
@Injectable()
export class CertificateDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
  ) {}

  async pdf(
    user: AuthUser,
    number: string,
    origin: string,
  ): Promise<{ file: Buffer; name: string }> {
    const record = await findCertificateByNumber(this.dataSource.manager, number);
    if (!record || !(await this.mayRead(user, record))) throw certificateNotFound();
    const c = record.certificate;
    const payload = storedPayload(c, record.programmeCode);
    if (!payload) throw certificateNotFound();
    const file = await renderCertificatePdf({
      number: c.number,
      holderName: c.holderName,
      holderDateOfBirth: c.holderDateOfBirth,
      unitName: record.unitName,
      programmeName: record.programmeName,
      hours: c.hours,
      result: c.result,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      template: c.printedTemplate,
      payload,
      verificationUrl: verificationUrl(origin, c.number, payload),
    });
    return { file, name: pdfFileName(c.number) };
  }

  private async mayRead(user: AuthUser, record: CertificateRecord): Promise<boolean> {
    const c = record.certificate;
    if (c.source !== 'loa' || c.approval !== 'approved') return false;
    if (isDepartmentAdmin(user)) return true;
    const withdrawn =
      (c.revokedOn !== null && c.revokedOn <= todayInVietnam()) || record.replacedBy;
    if (withdrawn) return false;
    if (user.personId !== null && user.personId === c.personId) return true;
    if (c.unitId === null) return false;
    const scope = await this.scope.unitIdsInScope(user, c.issuedOn);
    return scope === null || scope.has(c.unitId);
  }
}

/** "giay-chung-nhan-125-2026-GCN-SGDDT.pdf": ASCII, safe in a Content-Disposition header. */
export const pdfFileName = (number: string): string =>
  `giay-chung-nhan-${number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`;
