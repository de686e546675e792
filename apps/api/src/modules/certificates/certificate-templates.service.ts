import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateTemplateView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { Programme } from '../reference/programme.entity';
import { CertificateTemplate } from './certificate-template.entity';
import { templateFor } from './certificate-template';
import type { UpdateCertificateTemplateDto } from './dto/update-certificate-template.dto';

const programmeNotFound = () => notFound('Không tìm thấy chương trình', 'Programme not found');

/** A programme's certificate template: read and replaced by the department, every change audited. */
@Injectable()
export class CertificateTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(code: string): Promise<CertificateTemplateView> {
    const programme = await this.dataSource.getRepository(Programme).findOne({ where: { code } });
    if (!programme) throw programmeNotFound();
    return templateFor(this.dataSource.manager, programme.id);
  }

  async replace(
    user: AuthUser,
    code: string,
    dto: UpdateCertificateTemplateDto,
  ): Promise<CertificateTemplateView> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const programme = await manager
        .getRepository(Programme)
        .findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw programmeNotFound();
      const before = await templateFor(manager, programme.id);
      const after: CertificateTemplateView = {
        parentBody: dto.parentBody,
        issuingBody: dto.issuingBody,
        documentTitle: dto.documentTitle,
        signerAuthority: dto.signerAuthority,
        signerTitle: dto.signerTitle,
        signerName: dto.signerName,
        place: dto.place,
      };
      await manager
        .getRepository(CertificateTemplate)
        .upsert({ programmeId: programme.id, ...after }, ['programmeId']);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'certificate_template.updated',
          entityType: 'certificate_template',
          entityId: code,
          details: { before, after },
        },
        manager,
      );
      return after;
    });
  }
}
