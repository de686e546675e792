import { Injectable } from '@nestjs/common';
import type { EnrolmentStatus } from '@loa/contracts';
import type { EntityManager } from 'typeorm';
import { todayInVietnam } from '../../common/dates';
import { CertificateIssuerService } from '../certificates/certificate-issuer.service';

export interface Settled {
  progress: number;
  status: EnrolmentStatus;
  completedOn: string | null;
}

/** Programmes containing the course whose every course the person has now completed. */
const COMPLETED_PROGRAMMES = `
  SELECT p.code FROM programme_courses pc JOIN programmes p ON p.id = pc.programme_id
   WHERE pc.course_id = $1
     AND NOT EXISTS (
       SELECT 1 FROM programme_courses other
        WHERE other.programme_id = pc.programme_id
          AND NOT EXISTS (SELECT 1 FROM course_completions cc
                           WHERE cc.person_id = $2 AND cc.course_id = other.course_id))
   ORDER BY p.code`;

/**
 * Recomputes an enrolment's progress and, when every required lesson is done (a required quiz
 * counts once passed), records the completion exactly once with its date, score and version,
 * then issues the certificate of every programme the person has thereby completed — all in the
 * caller's transaction. A completion is never changed afterwards.
 */
@Injectable()
export class CompletionService {
  constructor(private readonly issuer: CertificateIssuerService) {}

  async settle(
    manager: EntityManager,
    enrolmentId: string,
    actorUserId: string | null,
  ): Promise<Settled> {
    const [enrolment]: {
      person_id: string;
      course_id: string;
      course_version_id: string;
      status: EnrolmentStatus;
    }[] = await manager.query(
      `SELECT person_id, course_id, course_version_id, status FROM enrolments WHERE id = $1`,
      [enrolmentId],
    );
    // One person's completions queue here, so a programme made of two courses finished at the
    // same moment in two tabs still sees both completions and gets its certificate.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `loa:learning:${enrolment.person_id}`,
    ]);
    const [existing]: { completed_on: string }[] = await manager.query(
      `SELECT completed_on::text FROM course_completions WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    if (existing) return { progress: 1, status: 'completed', completedOn: existing.completed_on };

    const [counts]: { required: number; done: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE l.required)::int AS required,
              count(*) FILTER (WHERE l.required AND lp.completed_at IS NOT NULL)::int AS done
         FROM lessons l
         LEFT JOIN lesson_progress lp ON lp.lesson_id = l.id AND lp.enrolment_id = $1
        WHERE l.course_version_id = $2`,
      [enrolmentId, enrolment.course_version_id],
    );
    const progress = counts.required === 0 ? 0 : counts.done / counts.required;
    await manager.query(
      `UPDATE enrolments SET progress = round($2::numeric, 4), updated_at = now() WHERE id = $1`,
      [enrolmentId, progress],
    );
    if (counts.required === 0 || counts.done < counts.required) {
      return { progress, status: enrolment.status, completedOn: null };
    }
    const completedOn = await this.complete(manager, enrolmentId, enrolment, actorUserId);
    return { progress: 1, status: 'completed', completedOn };
  }

  private async complete(
    manager: EntityManager,
    enrolmentId: string,
    enrolment: { person_id: string; course_id: string; course_version_id: string },
    actorUserId: string | null,
  ): Promise<string> {
    const today = todayInVietnam();
    // Score: the best submitted attempt of each quiz, averaged over the course's quizzes.
    const [inserted]: { completed_on: string }[] = await manager.query(
      `INSERT INTO course_completions
              (enrolment_id, person_id, course_id, course_version_id, completed_on, score_percent)
       SELECT $1, $2, $3, $4, $5, (
                SELECT round(avg(best), 2) FROM (
                  SELECT max(score_percent) AS best FROM quiz_attempts
                   WHERE enrolment_id = $1 AND submitted_at IS NOT NULL GROUP BY lesson_id) b)
       ON CONFLICT (enrolment_id) DO NOTHING
       RETURNING completed_on::text`,
      [enrolmentId, enrolment.person_id, enrolment.course_id, enrolment.course_version_id, today],
    );
    if (!inserted) {
      const [row]: { completed_on: string }[] = await manager.query(
        `SELECT completed_on::text FROM course_completions WHERE enrolment_id = $1`,
        [enrolmentId],
      );
      return row.completed_on;
    }
    await manager.query(
      `UPDATE enrolments SET status = 'completed', progress = 1, updated_at = now() WHERE id = $1`,
      [enrolmentId],
    );
    await manager.query(
      `INSERT INTO notifications (person_id, kind, data, dedupe_key)
       SELECT $1, 'course_completed', jsonb_build_object('courseCode', c.code, 'courseTitle', c.title,
              'completedOn', $3::text), 'course_completed:' || $4
         FROM courses c WHERE c.id = $2
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
      [enrolment.person_id, enrolment.course_id, today, enrolmentId],
    );
    const programmes: { code: string }[] = await manager.query(COMPLETED_PROGRAMMES, [
      enrolment.course_id,
      enrolment.person_id,
    ]);
    for (const { code } of programmes) {
      const { certificate, issued } = await this.issuer.issueForCompletion(
        manager,
        enrolment.person_id,
        code,
        today,
        actorUserId,
      );
      if (issued) {
        await manager.query(
          `INSERT INTO notifications (person_id, kind, data, dedupe_key)
           VALUES ($1, 'certificate_issued', $2, $3)
           ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
          [
            enrolment.person_id,
            { number: certificate.number, programmeCode: code },
            `certificate_issued:${certificate.id}`,
          ],
        );
      }
    }
    return today;
  }
}
