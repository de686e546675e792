import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Course } from '../courses/course.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Person } from '../people/person.entity';
import { Enrolment } from './enrolment.entity';

/** A course completed: recorded once (one per enrolment), with its date, score and version; never changed. */
@Entity('course_completions')
@Index(['personId', 'courseId'])
export class CourseCompletion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Enrolment, { nullable: false })
  @JoinColumn()
  enrolment!: Enrolment;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  enrolmentId!: string;

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

  @ManyToOne(() => CourseVersion, { nullable: false })
  @JoinColumn()
  courseVersion!: CourseVersion;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @Column({ type: 'date' })
  completedOn!: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  scorePercent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
