import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Lesson } from '../courses/lesson.entity';
import { Enrolment } from './enrolment.entity';

/**
 * One attempt at a quiz: the questions drawn (in the order shown), the answers as autosaved,
 * and — once submitted, exactly once — the score. The server enforces `deadlineAt`.
 */
@Entity('quiz_attempts')
@Index(['enrolmentId', 'lessonId', 'attemptNo'], { unique: true })
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Enrolment, { nullable: false })
  @JoinColumn()
  enrolment!: Enrolment;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Lesson, { nullable: false })
  @JoinColumn()
  lesson!: Lesson;

  @Column({ type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'int' })
  attemptNo!: number;

  @Column({ type: 'uuid', array: true })
  questionIds!: string[];

  /** questionId → chosen option keys. */
  @Column({ type: 'jsonb', default: {} })
  answers!: Record<string, string[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Percent, two decimals. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  scorePercent!: string | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}
