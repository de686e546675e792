import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DueRemindersService } from './due-reminders.service';
import { MailSenderService } from './mail-sender.service';

export const MAIL_INTERVAL_MS = 60 * 1000;
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The outbox is sent every minute and due-date reminders swept every hour (and once on start).
 * Timers are unref'd; a run still going when the app stops is awaited, never cut in half.
 */
@Injectable()
export class NotificationJobsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationJobsScheduler.name);
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly mail: MailSenderService,
    private readonly reminders: DueRemindersService,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = () => this.run('reminders', () => this.reminders.sweep());
    const send = () => this.run('mail', () => this.mail.sendDue());
    sweep();
    this.every(REMINDER_INTERVAL_MS, sweep);
    if (this.mail.configured) this.every(MAIL_INTERVAL_MS, send);
  }

  async onModuleDestroy(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.all(this.running.values());
    this.mail.close();
  }

  private every(ms: number, job: () => void): void {
    const timer = setInterval(job, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private run(name: string, job: () => Promise<unknown>): void {
    if (this.running.has(name)) return;
    const promise = job()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => this.running.delete(name));
    this.running.set(name, promise);
  }
}
