import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Course } from '../courses/course.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Person } from '../people/person.entity';
import { CourseAssignment } from './course-assignment.entity';

export type EnrolmentStatus = 'assigned' | 'in_progress' | 'completed';

/**
 * A person's place in a course: one per (person, course). The version is fixed when they start,
 * so later edits of the course never move them. Progress is the share of required lessons done.
 */
@Entity('enrolments')
@Index(['personId', 'courseId'], { unique: true })
@Index(['courseId', 'status'])
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Person, { nullable: false })
  @JoinColumn()
  person!: Person;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Course, { nullable: false })
  @JoinColumn()
  course!: Course;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseVersion, { nullable: true })
  @JoinColumn()
  courseVersion!: CourseVersion | null;

  @Column({ type: 'uuid', nullable: true })
  courseVersionId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  source!: 'self' | 'assignment';

  @ManyToOne(() => CourseAssignment, { nullable: true })
  @JoinColumn()
  assignment!: CourseAssignment | null;

  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'assigned' })
  status!: EnrolmentStatus;

  /** 0..1: required lessons done / required lessons. */
  @Column({ type: 'numeric', precision: 5, scale: 4, default: 0 })
  progress!: string;

  /** Where the learner stopped, to resume there. */
  @Column({ type: 'uuid', nullable: true })
  lastLessonId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
