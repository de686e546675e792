import { addDays, todayInVietnam } from '../../src/common/dates';
import { DueRemindersService } from '../../src/modules/notifications/due-reminders.service';
import { MailSenderService } from '../../src/modules/notifications/mail-sender.service';
import { createTestApp, TestApp } from '../create-test-app';
import { createCourse, enrol, signedInLearner } from '../factories/courses.factory';
import { unique } from '../factories/unique';
import { FakeSmtpServer } from './notifications-fake-smtp';

describe('notifications and mail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists my latest notifications with the unread count, marks one and then all read', async () => {
    const learner = await signedInLearner(t);
    const other = await signedInLearner(t);
    await t.dataSource.query(
      `INSERT INTO notifications (person_id, kind, data, created_at)
       SELECT $1, 'course_assigned', jsonb_build_object('n', g), now() - g * interval '1 minute'
         FROM generate_series(1, 55) g`,
      [learner.person.id],
    );
    const [foreign] = await t.dataSource.query(
      `INSERT INTO notifications (person_id, kind) VALUES ($1, 'due_soon') RETURNING id`,
      [other.person.id],
    );
    const auth = `Bearer ${learner.token}`;
    const list = await t.http().get('/api/me/notifications').set('Authorization', auth);
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(55);
    expect(list.body.items).toHaveLength(50);
    expect(list.body.items[0]).toMatchObject({
      kind: 'course_assigned',
      data: { n: 1 },
      readAt: null,
    });

    const read = await t
      .http()
      .post(`/api/me/notifications/${list.body.items[0].id}/read`)
      .set('Authorization', auth);
    expect(read.status).toBe(204);
    const after = await t.http().get('/api/me/notifications').set('Authorization', auth);
    expect(after.body.unread).toBe(54);
    expect(after.body.items[0].readAt).not.toBeNull();

    const notMine = await t
      .http()
      .post(`/api/me/notifications/${foreign.id}/read`)
      .set('Authorization', auth);
    expect(notMine.status).toBe(404);

    const all = await t.http().post('/api/me/notifications/read-all').set('Authorization', auth);
    expect(all.body).toEqual({ updated: 54 });
    const none = await t.http().get('/api/me/notifications').set('Authorization', auth);
    expect(none.body.unread).toBe(0);
  });

  it('reminds of courses due within 3 days and overdue, once each', async () => {
    const today = todayInVietnam();
    const learner = await signedInLearner(t, {
      email: `${unique('hv').toLowerCase()}@truong.edu.vn`,
    });
    const soon = await createCourse(t.dataSource);
    const late = await createCourse(t.dataSource);
    const far = await createCourse(t.dataSource);
    const done = await createCourse(t.dataSource);
    await enrol(t.dataSource, learner.person.id, soon.id, { dueOn: addDays(today, 2) });
    await enrol(t.dataSource, learner.person.id, late.id, { dueOn: addDays(today, -1) });
    await enrol(t.dataSource, learner.person.id, far.id, { dueOn: addDays(today, 10) });
    const finished = await enrol(t.dataSource, learner.person.id, done.id, {
      dueOn: addDays(today, 1),
    });
    await t.dataSource.query(`UPDATE enrolments SET status = 'completed' WHERE id = $1`, [
      finished.id,
    ]);

    const reminders = t.app.get(DueRemindersService);
    await reminders.sweep();
    await reminders.sweep();
    const rows = await t.dataSource.query(
      `SELECT kind, data->>'courseCode' AS course FROM notifications WHERE person_id = $1 ORDER BY kind`,
      [learner.person.id],
    );
    expect(rows).toEqual([
      { kind: 'due_soon', course: soon.code },
      { kind: 'overdue', course: late.code },
    ]);
    const mails = await t.dataSource.query(
      `SELECT subject FROM mail_outbox WHERE to_address = (SELECT email FROM people WHERE id = $1) ORDER BY subject`,
      [learner.person.id],
    );
    expect(mails.map((m: { subject: string }) => m.subject)).toEqual([
      `Loa: khóa học sắp đến hạn — ${soon.title}`,
      `Loa: khóa học đã quá hạn — ${late.title}`,
    ]);
  });

  it('keeps mail pending with back-off while the SMTP server is down, and sends it once it is up', async () => {
    const port = await FakeSmtpServer.freePort();
    const mailApp = await createTestApp({ LOA_SMTP_URL: `smtp://127.0.0.1:${port}` });
    const smtp = new FakeSmtpServer();
    try {
      const address = `${unique('mail').toLowerCase()}@truong.edu.vn`;
      const [mail] = await mailApp.dataSource.query(
        `INSERT INTO mail_outbox (to_address, subject, body_text, next_attempt_at)
         VALUES ($1, 'Loa: thử gửi thư', 'Nội dung thư thử', '2000-01-01') RETURNING id`,
        [address],
      );
      const sender = mailApp.app.get(MailSenderService);
      const state = async () =>
        (
          await mailApp.dataSource.query(
            `SELECT status, attempts, last_error IS NOT NULL AS has_error,
                    next_attempt_at > now() AS backing_off, sent_at IS NOT NULL AS has_sent_at
               FROM mail_outbox WHERE id = $1`,
            [mail.id],
          )
        )[0];

      const down = await sender.sendDue();
      expect(down.failed).toBeGreaterThanOrEqual(1);
      expect(await state()).toEqual({
        status: 'pending',
        attempts: 1,
        has_error: true,
        backing_off: true,
        has_sent_at: false,
      });

      await smtp.listen(port);
      // The back-off has elapsed.
      await mailApp.dataSource.query(
        `UPDATE mail_outbox SET next_attempt_at = '2000-01-01' WHERE id = $1`,
        [mail.id],
      );
      const up = await sender.sendDue();
      expect(up.sent).toBeGreaterThanOrEqual(1);
      expect(await state()).toMatchObject({ status: 'sent', attempts: 2, has_sent_at: true });
      const received = smtp.messages.find((m) => m.includes(address));
      expect(received).toBeDefined();
      expect(received).toMatch(/Subject: .*Loa/);
    } finally {
      await mailApp.close();
      await smtp.close();
    }
  });
});
