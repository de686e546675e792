import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulkDownloadProgress } from '@loa/contracts';
import { createReadStream, type ReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { notFound } from '../../common/domain-error';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { bulkDownloadFileName } from './bulk-download-names';
import { bulkDownloadNotFound, bulkFileNotReady } from './bulk-download.errors';
import { BULK_DOWNLOAD_QUEUE, BulkDownloadJob } from './bulk-download.job';
import { CertificateBulkDownload } from './certificate-bulk-download.entity';
import type { CreateBulkDownloadDto } from './dto/create-bulk-download.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bulk downloads of certificate PDFs: a manager asks for a unit of their scope (anything else
 * is 404), the department for any unit; the ZIP is made by a background job. Only the requester
 * and the department see a download's progress and file.
 */
@Injectable()
export class CertificateBulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async request(user: AuthUser, body: CreateBulkDownloadDto, origin: string): Promise<string> {
    const [unit]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM units WHERE code = $1`,
      [body.unitCode.normalize('NFC').trim()],
    );
    if (!unit) throw notFound('Không tìm thấy đơn vị', 'Unit not found');
    await this.scope.assertInScope(user, unit.id, body.to);
    const download = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CertificateBulkDownload);
      const created = await repo.save(
        repo.create({
          requestedBy: user.id,
          unitId: unit.id,
          filters: {
            from: body.from ?? null,
            to: body.to ?? null,
            programmeCode: body.programmeCode ?? null,
          },
        }),
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'certificate.bulk_download_requested',
          entityType: 'certificate_bulk_download',
          entityId: created.id,
          details: { unitCode: body.unitCode, ...created.filters },
        },
        manager,
      );
      return created;
    });
    const job: BulkDownloadJob = {
      downloadId: download.id,
      origin,
      scopeRoots: isDepartmentAdmin(user) ? null : this.scope.managedRoots(user),
    };
    await this.jobs.send(BULK_DOWNLOAD_QUEUE, job);
    return download.id;
  }

  async progress(user: AuthUser, id: string): Promise<BulkDownloadProgress> {
    const download = await this.find(user, id);
    return {
      id: download.id,
      status: download.status,
      total: download.total,
      done: download.done,
      ...(download.error ? { error: download.error } : {}),
    };
  }

  async file(user: AuthUser, id: string): Promise<{ stream: ReadStream; name: string }> {
    const download = await this.find(user, id);
    if (download.status !== 'done' || !download.filePath) throw bulkFileNotReady();
    try {
      await access(download.filePath);
    } catch {
      throw bulkDownloadNotFound();
    }
    const [unit]: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM units WHERE id = $1`,
      [download.unitId],
    );
    return {
      stream: createReadStream(download.filePath),
      name: bulkDownloadFileName(unit.code, todayInVietnam(download.createdAt)),
    };
  }

  private async find(user: AuthUser, id: string): Promise<CertificateBulkDownload> {
    if (!UUID.test(id)) throw bulkDownloadNotFound();
    const download = await this.dataSource
      .getRepository(CertificateBulkDownload)
      .findOne({ where: { id } });
    if (!download || (download.requestedBy !== user.id && !isDepartmentAdmin(user))) {
      throw bulkDownloadNotFound();
    }
    return download;
  }
}
