import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { todayInVietnam } from '../../common/dates';
import { LOA_ENV, type LoaEnv } from '../../config/env';
import { canonicalClaims } from '../certificates/certificate-payload';
import { renderCertificatePdf } from '../certificates/certificate-pdf.renderer';
import { verificationUrl } from '../certificates/certificate-qr';
import { claimsOf } from '../certificates/stored-payload';
import { JobsService } from '../jobs/jobs.service';
import { zipEntryName } from './bulk-download-names';
import {
  BulkCursor,
  BulkItem,
  bulkItemsPage,
  BulkSelection,
  countBulkItems,
  selectedUnitIds,
} from './bulk-download-items.query';
import { BULK_DOWNLOAD_QUEUE, BulkDownloadJob, PROGRESS_EVERY } from './bulk-download.job';
import { UnprintableCertificateError } from './bulk-download.errors';
import { CertificateBulkDownload } from './certificate-bulk-download.entity';
import { openZipFile } from './zip-file.writer';

const PAGE_SIZE = 100;

/**
 * Makes the ZIP of a bulk download: reads the certificates page by page, renders one PDF at a
 * time into `<id>.zip.part` under LOA_DATA_DIR/exports, and renames it to `<id>.zip` only when
 * complete (a killed process leaves no file that looks finished). Progress every 20 PDFs.
 */
@Injectable()
export class BulkDownloadWorker implements OnModuleInit {
  private readonly logger = new Logger(BulkDownloadWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOA_ENV) private readonly env: LoaEnv,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    // One retry: a process killed mid-job leaves the job active; once it expires it runs again
    // from the start (the `.part` file is rewritten). A failure the job reports is final.
    await this.jobs.queue(BULK_DOWNLOAD_QUEUE, { retryLimit: 1 });
    await this.jobs.work<BulkDownloadJob>(BULK_DOWNLOAD_QUEUE, (job) => this.run(job));
  }

  async run(job: BulkDownloadJob): Promise<void> {
    const repo = this.dataSource.getRepository(CertificateBulkDownload);
    const download = await repo.findOne({ where: { id: job.downloadId } });
    if (!download || download.status === 'done') return;
    const dir = join(this.env.dataDir, 'exports');
    const part = join(dir, `${download.id}.zip.part`);
    const final = join(dir, `${download.id}.zip`);
    try {
      await mkdir(dir, { recursive: true });
      const today = todayInVietnam();
      const selection: BulkSelection = {
        unitId: download.unitId,
        asOf: download.filters.to ?? today,
        scopeRoots: job.scopeRoots,
        today,
        from: download.filters.from,
        to: download.filters.to,
        programmeCode: download.filters.programmeCode,
      };
      const unitIds = await selectedUnitIds(this.dataSource.manager, selection);
      const total = await countBulkItems(this.dataSource.manager, selection, unitIds);
      await repo.update(download.id, { status: 'running', total, done: 0, error: null });
      const done = await this.writeZip(part, selection, unitIds, job.origin, (count) =>
        repo.update(download.id, { done: count }),
      );
      await rename(part, final);
      await repo.update(download.id, {
        status: 'done',
        total: done,
        done,
        filePath: final,
        finishedAt: new Date(),
      });
    } catch (error) {
      await rm(part, { force: true });
      const message =
        error instanceof UnprintableCertificateError
          ? error.message
          : `Không tạo được tệp ZIP: ${(error as Error).message}`;
      this.logger.error(message);
      await repo.update(download.id, { status: 'failed', error: message, finishedAt: new Date() });
    }
  }

  private async writeZip(
    path: string,
    selection: BulkSelection,
    unitIds: string[],
    origin: string,
    progress: (done: number) => Promise<unknown>,
  ): Promise<number> {
    const zip = openZipFile(path);
    let done = 0;
    try {
      let cursor: BulkCursor | null = null;
      for (;;) {
        const page = await bulkItemsPage(
          this.dataSource.manager,
          selection,
          unitIds,
          cursor,
          PAGE_SIZE,
        );
        for (const item of page) {
          await zip.add(zipEntryName(item.number, item.staff_code), await pdfOf(item, origin));
          done += 1;
          if (done % PROGRESS_EVERY === 0) await progress(done);
        }
        if (page.length < PAGE_SIZE) break;
        const last = page[page.length - 1];
        cursor = { year: last.order_year, no: last.order_no, id: last.id };
      }
      await zip.finish();
      return done;
    } catch (error) {
      zip.abort();
      throw error;
    }
  }
}

function pdfOf(item: BulkItem, origin: string): Promise<Buffer> {
  if (!item.signature || !item.signing_key_id) throw new UnprintableCertificateError(item.number);
  const claims = claimsOf(
    {
      number: item.number,
      holderName: item.holder_name,
      holderDateOfBirth: item.holder_date_of_birth,
      issuedOn: item.issued_on,
      expiresOn: item.expires_on,
      signingKeyId: item.signing_key_id,
    },
    item.programme_code,
  );
  const payload = `${canonicalClaims(claims)}.${item.signature}`;
  return renderCertificatePdf({
    number: item.number,
    holderName: item.holder_name,
    holderDateOfBirth: item.holder_date_of_birth,
    unitName: item.unit_name,
    programmeName: item.programme_name,
    hours: item.hours,
    result: item.result,
    issuedOn: item.issued_on,
    expiresOn: item.expires_on,
    template: item.printed_template,
    payload,
    verificationUrl: verificationUrl(origin, item.number, payload),
  });
}
