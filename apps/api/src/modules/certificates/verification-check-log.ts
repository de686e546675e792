import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VerificationChannel } from './verification-check.entity';

/** One public verification to log (see VerificationCheck). */
export interface VerificationCheckRecord {
  at: Date;
  channel: VerificationChannel;
  numberAsked: string | null;
  result: string;
  clientHash: string;
}

/** A batch is written at the latest this long after its first check … */
export const FLUSH_AFTER_MS = 200;
/** … or as soon as it holds this many checks. */
export const FLUSH_AT_CHECKS = 500;
/** Checks kept for a retry while the database refuses them; older ones are dropped (and said so). */
const MAX_PENDING = 50_000;

/**
 * The verification log, written in batches: every check is recorded with its own time, and
 * reaches `verification_checks` within FLUSH_AFTER_MS in one multi-row insert with the checks
 * around it, instead of costing each public request an insert of its own. Written at shutdown
 * too; `flush()` writes what is pending now.
 */
@Injectable()
export class VerificationCheckLog implements OnModuleDestroy {
  private readonly logger = new Logger('VerificationCheckLog');
  private pending: VerificationCheckRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  record(check: VerificationCheckRecord): void {
    this.pending.push(check);
    if (this.pending.length >= FLUSH_AT_CHECKS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS).unref();
  }

  /** Writes every check recorded so far; resolves once they are in the table. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }

  private async write(batch: VerificationCheckRecord[]): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO verification_checks (at, channel, number_asked, result, client_hash)
         SELECT * FROM unnest($1::timestamptz[], $2::varchar[], $3::varchar[], $4::varchar[],
                              $5::varchar[])`,
        [
          batch.map((c) => c.at),
          batch.map((c) => c.channel),
          batch.map((c) => c.numberAsked),
          batch.map((c) => c.result),
          batch.map((c) => c.clientHash),
        ],
      );
    } catch (error) {
      this.keepForRetry(batch, error);
    }
  }

  private keepForRetry(batch: VerificationCheckRecord[], error: unknown): void {
    const kept = [...batch, ...this.pending];
    const dropped = Math.max(0, kept.length - MAX_PENDING);
    this.pending = kept.slice(dropped);
    this.logger.error(
      `could not write ${batch.length} verification checks (${String(error)}); ` +
        (dropped ? `${dropped} dropped, ` : '') +
        `${this.pending.length} kept for the next write`,
    );
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS * 10).unref();
  }
}
