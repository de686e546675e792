import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Course } from './course.entity';

export type CourseVersionStatus = 'draft' | 'published' | 'superseded';

/**
 * One version of a course's content. At most one draft and one published version per course;
 * publishing a draft supersedes the previous published one. Learners stay on the version they
 * started; every completion records its version.
 */
@Entity('course_versions')
@Index(['courseId', 'versionNo'], { unique: true })
@Index(['courseId'], { unique: true, where: `"status" = 'draft'` })
@Index(['courseId', 'status'], { unique: true, where: `"status" = 'published'` })
export class CourseVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Course, { nullable: false })
  @JoinColumn()
  course!: Course;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'int' })
  versionNo!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CourseVersionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
