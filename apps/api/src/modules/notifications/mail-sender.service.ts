import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { loadNodemailer } from '../../common/heavy-packages';
import { LOA_ENV, LoaEnv } from '../../config/env';

/** Mails sent per run; the oldest due first. */
export const MAIL_BATCH = 50;
/** After this many failed tries a mail is marked failed (kept, with its last error). */
export const MAX_MAIL_ATTEMPTS = 10;

export interface SendReport {
  sent: number;
  failed: number;
}

interface PendingMail {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
}

/**
 * Sends the mail outbox through SMTP (LOA_SMTP_URL; unset: mail simply waits). Each run takes
 * due pending rows with FOR UPDATE SKIP LOCKED — several API processes never send the same
 * mail — and records every outcome in one statement: sent, or one more attempt with the error
 * and an exponential back-off (1, 2, 4 … minutes, at most 6 hours). Nothing is lost while the
 * mail server is down.
 */
@Injectable()
export class MailSenderService {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(LOA_ENV) private readonly env: LoaEnv,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = env.smtpUrl
      ? loadNodemailer().createTransport(env.smtpUrl, {
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async sendDue(limit = MAIL_BATCH): Promise<SendReport> {
    const transport = this.transport;
    if (!transport) return { sent: 0, failed: 0 };
    return this.dataSource.transaction(async (manager) => {
      const due: PendingMail[] = await manager.query(
        `SELECT id, to_address, subject, body_text FROM mail_outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, created_at
          LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const outcomes: { id: string; ok: boolean; error: string | null }[] = [];
      for (const mail of due) {
        try {
          await transport.sendMail({
            from: this.env.mailFrom,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.body_text,
          });
          outcomes.push({ id: mail.id, ok: true, error: null });
        } catch (error) {
          outcomes.push({
            id: mail.id,
            ok: false,
            error: String((error as Error).message ?? error),
          });
        }
      }
      if (outcomes.length > 0) {
        await manager.query(
          `UPDATE mail_outbox m
              SET attempts = m.attempts + 1,
                  status = CASE WHEN o.ok THEN 'sent'
                                WHEN m.attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END,
                  sent_at = CASE WHEN o.ok THEN now() END,
                  last_error = CASE WHEN o.ok THEN m.last_error ELSE o.error END,
                  next_attempt_at = CASE WHEN o.ok THEN m.next_attempt_at
                    ELSE now() + LEAST(interval '1 minute' * power(2, m.attempts), interval '6 hours') END
             FROM unnest($1::uuid[], $2::bool[], $3::text[]) AS o(id, ok, error)
            WHERE m.id = o.id`,
          [
            outcomes.map((o) => o.id),
            outcomes.map((o) => o.ok),
            outcomes.map((o) => o.error),
            MAX_MAIL_ATTEMPTS,
          ],
        );
      }
      const sent = outcomes.filter((o) => o.ok).length;
      return { sent, failed: outcomes.length - sent };
    });
  }

  close(): void {
    this.transport?.close();
  }
}
