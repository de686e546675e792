import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { Programme } from './programme.entity';

/** The courses a programme requires; completing all of them earns the programme's certificate. */
@Entity('programme_courses')
export class ProgrammeCourse {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Programme, { nullable: false })
  @JoinColumn()
  programme!: Programme;

  @ManyToOne(() => Course, { nullable: false })
  @JoinColumn()
  course!: Course;
}
