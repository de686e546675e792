import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, todayInVietnam } from '../../common/dates';

/** A reminder is sent when an unfinished course is due within this many days. */
export const DUE_SOON_REMINDER_DAYS = 3;

/**
 * One statement per run: 'due_soon' for unfinished enrolments due within 3 days, 'overdue' for
 * those past due, each once per enrolment and due date (the dedupe key), with a mail in the
 * outbox for people with an address. Running it again changes nothing.
 */
const SWEEP = `
WITH due AS (
  SELECT e.id, e.person_id, e.due_on, c.code, c.title,
         CASE WHEN e.due_on < $1::date THEN 'overdue' ELSE 'due_soon' END AS kind
    FROM enrolments e JOIN courses c ON c.id = e.course_id
   WHERE e.status <> 'completed' AND e.due_on IS NOT NULL AND e.due_on <= $2::date
), notified AS (
  INSERT INTO notifications (person_id, kind, data, dedupe_key)
  SELECT d.person_id, d.kind,
         jsonb_build_object('courseCode', d.code, 'courseTitle', d.title, 'dueOn', d.due_on::text),
         d.kind || ':' || d.id || ':' || d.due_on
    FROM due d
  ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
  RETURNING person_id, kind, data
), mailed AS (
  INSERT INTO mail_outbox (to_address, subject, body_text)
  SELECT btrim(p.email),
         CASE n.kind WHEN 'overdue' THEN 'Loa: khóa học đã quá hạn — ' ELSE 'Loa: khóa học sắp đến hạn — ' END
           || (n.data->>'courseTitle'),
         'Kính gửi ' || p.full_name || E',\\n\\nKhóa học "' || (n.data->>'courseTitle') || '" '
           || CASE n.kind WHEN 'overdue' THEN 'đã quá hạn hoàn thành ' ELSE 'cần hoàn thành trước ' END
           || to_char((n.data->>'dueOn')::date, 'DD/MM/YYYY')
           || E'.\\n\\nTrân trọng,\\nSở Giáo dục và Đào tạo'
    FROM notified n JOIN people p ON p.id = n.person_id
   WHERE p.email IS NOT NULL AND btrim(p.email) <> ''
  RETURNING 1
)
SELECT (SELECT count(*) FROM notified WHERE kind = 'due_soon')::int AS "dueSoon",
       (SELECT count(*) FROM notified WHERE kind = 'overdue')::int AS overdue`;

@Injectable()
export class DueRemindersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sweep(today = todayInVietnam()): Promise<{ dueSoon: number; overdue: number }> {
    const [counts]: { dueSoon: number; overdue: number }[] = await this.dataSource.query(SWEEP, [
      today,
      addDays(today, DUE_SOON_REMINDER_DAYS),
    ]);
    return counts;
  }
}
