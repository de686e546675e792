import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';

export type NotificationKind =
  'course_assigned' | 'due_soon' | 'overdue' | 'course_completed' | 'certificate_issued';

/** An in-app notification for a person (shown when they have a login). */
@Entity('notifications')
@Index(['personId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Person, { nullable: false })
  @JoinColumn()
  person!: Person;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  /** Makes repeated reminders idempotent, e.g. `due_soon:<enrolmentId>`. */
  @Index({ unique: true, where: '"dedupe_key" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
