import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit } from '../org-units/unit.entity';
import { Person } from '../people/person.entity';
import { Course } from '../courses/course.entity';

/**
 * Who must take a course, by when. `audience`: one person; everyone at a unit; everyone in a
 * subtree; or every communication officer in a subtree. With `includeNewcomers` the assignment is
 * a standing rule: people who join the audience later are enrolled too, until `endedAt`.
 */
export type AssignmentAudience = 'person' | 'unit' | 'subtree' | 'officers_in_subtree';

@Entity('course_assignments')
@Index(['courseId'])
@Index(['unitId'])
export class CourseAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Course, { nullable: false })
  @JoinColumn()
  course!: Course;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'varchar', length: 24 })
  audience!: AssignmentAudience;

  @ManyToOne(() => Unit, { nullable: true })
  @JoinColumn()
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn()
  person!: Person | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'boolean', default: false })
  includeNewcomers!: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
