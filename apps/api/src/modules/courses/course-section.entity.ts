import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersion } from './course-version.entity';

/** A module of a course (chương / học phần): an ordered group of lessons within one version. */
@Entity('course_sections')
@Index(['courseVersionId', 'position'])
export class CourseSection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CourseVersion, { nullable: false })
  @JoinColumn()
  courseVersion!: CourseVersion;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;
}
