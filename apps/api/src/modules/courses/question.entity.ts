import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersion } from './course-version.entity';

export type QuestionKind = 'single' | 'multiple' | 'true_false';

export interface QuestionOption {
  /** Stable within the question, e.g. "a". */
  key: string;
  text: string;
  correct: boolean;
}

/** A question of a course version's bank. Correct answers never leave the server before submission. */
@Entity('questions')
@Index(['courseVersionId', 'position'])
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CourseVersion, { nullable: false })
  @JoinColumn()
  courseVersion!: CourseVersion;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: QuestionKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb' })
  options!: QuestionOption[];

  @Column({ type: 'text', default: '' })
  explanation!: string;
}
