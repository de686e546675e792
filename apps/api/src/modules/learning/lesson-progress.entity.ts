import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Lesson } from '../courses/lesson.entity';
import { Enrolment } from './enrolment.entity';

/** How far a learner is in one lesson: a position to resume at, and when it was done. */
@Entity('lesson_progress')
export class LessonProgress {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId!: string;

  @ManyToOne(() => Enrolment, { nullable: false })
  @JoinColumn()
  enrolment!: Enrolment;

  @ManyToOne(() => Lesson, { nullable: false })
  @JoinColumn()
  lesson!: Lesson;

  /** Seconds into a video, or a 0..1 scroll/page position for text and documents. */
  @Column({ type: 'numeric', precision: 10, scale: 3, default: 0 })
  position!: string;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
