import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { JOBS_DATABASE_URL, JOBS_SCHEMA } from './jobs.constants';

export interface QueueOptions {
  /** Attempts after the first failure (default 0: a failed job stays failed). */
  retryLimit?: number;
  /** How long one attempt may run before pg-boss gives up on it (default 1 hour). */
  expireInSeconds?: number;
}

/** Gives a running job time to finish when the app stops (then pg-boss abandons it). */
const STOP_TIMEOUT_MS = 30_000;

/** Tries at declaring a queue while other processes declare theirs. */
const QUEUE_CREATE_ATTEMPTS = 6;
/** Session advisory lock every process holds while it declares a queue (any fixed number). */
const QUEUE_DECLARE_LOCK = 7_301_927;

/**
 * A small face over pg-boss: `queue` declares a queue, `send` adds a job, `work` runs a handler
 * for each job of a queue in this process. Jobs survive restarts; any process of the app can
 * run them. A job sent from this process wakes its local worker at once instead of waiting for
 * the next poll.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private started: Promise<PgBoss> | undefined;
  private readonly workers = new Map<string, string>();

  constructor(@Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, max: 4 });
    this.boss.on('error', (error) => this.logger.error(error.message, error.stack));
  }

  onModuleInit(): Promise<void> {
    return this.ready().then(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started;
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  /**
   * Creates the queue if missing (pg-boss 10 needs a queue before its first job). Processes
   * starting together (several API instances, parallel test workers) would race in pg-boss's
   * DDL and deadlock, so they declare queues one at a time under an advisory lock; should
   * pg-boss still collide with its own maintenance, the loser waits a moment and looks again.
   */
  async queue(name: string, options: QueueOptions = {}): Promise<void> {
    const boss = await this.ready();
    if (await boss.getQueue(name)) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.oneDeclarerAtATime(async () => {
          if (await boss.getQueue(name)) return;
          await boss.createQueue(name, {
            name,
            retryLimit: options.retryLimit ?? 0,
            expireInSeconds: options.expireInSeconds ?? 3600,
          });
        });
        return;
      } catch (error) {
        if (attempt >= QUEUE_CREATE_ATTEMPTS) {
          if (await boss.getQueue(name)) return;
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }

  /** Queues a job; returns its id. */
  async send<T extends object>(name: string, data: T): Promise<string> {
    const boss = await this.ready();
    const id = await boss.send(name, data);
    if (!id) throw new Error(`pg-boss refused a job of queue ${name}`);
    const worker = this.workers.get(name);
    if (worker) boss.notifyWorker(worker);
    return id;
  }

  /** Runs `handler` for every job of `name`, one at a time; a thrown error fails the job. */
  async work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void> {
    const boss = await this.ready();
    const id = await boss.work<T>(name, { batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
    this.workers.set(name, id);
  }

  /** Runs `declare` holding the queue-declaration lock on a connection of its own. */
  private async oneDeclarerAtATime(declare: () => Promise<void>): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [QUEUE_DECLARE_LOCK]);
      await declare();
    } finally {
      await client.end(); // ends the session, and so its lock, whatever happened
    }
  }

  private ready(): Promise<PgBoss> {
    this.started ??= this.boss.start();
    return this.started;
  }
}
