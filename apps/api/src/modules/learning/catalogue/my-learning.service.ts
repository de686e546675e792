import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyLearning, MyLearningItem } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { addDays, todayInVietnam } from '../../../common/dates';

/** "Due soon" on my-learning: not completed and due within this many days. */
export const DUE_SOON_DAYS = 7;

type Row = Omit<MyLearningItem, 'progress' | 'scorePercent' | 'overdue'> & {
  progress: string;
  scorePercent: string | null;
};

/** The learner's own courses, grouped for the "My learning" page. */
@Injectable()
export class MyLearningService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async myLearning(user: AuthUser, today = todayInVietnam()): Promise<MyLearning> {
    const rows: Row[] = user.personId
      ? await this.dataSource.query(
          `SELECT c.code, c.title, c.summary, c.hours, e.status, e.progress, e.source,
                  e.due_on::text AS "dueOn", cc.completed_on::text AS "completedOn",
                  v.version_no AS "versionNo", cc.score_percent AS "scorePercent"
             FROM enrolments e JOIN courses c ON c.id = e.course_id
             LEFT JOIN course_versions v ON v.id = e.course_version_id
             LEFT JOIN course_completions cc ON cc.enrolment_id = e.id
            WHERE e.person_id = $1
            ORDER BY e.due_on NULLS LAST, c.title`,
          [user.personId],
        )
      : [];
    const soon = addDays(today, DUE_SOON_DAYS);
    const items: MyLearningItem[] = rows.map((r) => ({
      ...r,
      progress: Number(r.progress),
      scorePercent: r.scorePercent === null ? null : Number(r.scorePercent),
      overdue: r.status !== 'completed' && r.dueOn !== null && r.dueOn < today,
    }));
    const open = items.filter((i) => i.status !== 'completed' && i.dueOn !== null);
    const lists = {
      assigned: items.filter((i) => i.status === 'assigned'),
      inProgress: items.filter((i) => i.status === 'in_progress'),
      completed: items.filter((i) => i.status === 'completed'),
      dueSoon: open.filter((i) => i.dueOn! >= today && i.dueOn! <= soon),
      overdue: open.filter((i) => i.overdue),
    };
    return {
      summary: {
        assigned: lists.assigned.length,
        inProgress: lists.inProgress.length,
        completed: lists.completed.length,
        dueSoon: lists.dueSoon.length,
        overdue: lists.overdue.length,
      },
      ...lists,
    };
  }
}
