import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { CourseSection } from './course-section.entity';
import { CourseVersion } from './course-version.entity';

export type LessonKind = 'text' | 'video' | 'document' | 'quiz';

/**
 * A lesson of one course version. Text bodies are stored already sanitised. A quiz lesson draws
 * `quizQuestionCount` questions from its version's bank.
 */
@Entity('lessons')
@Index(['sectionId', 'position'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CourseVersion, { nullable: false })
  @JoinColumn()
  courseVersion!: CourseVersion;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @ManyToOne(() => CourseSection, { nullable: false })
  @JoinColumn()
  section!: CourseSection;

  @Column({ type: 'uuid' })
  sectionId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: LessonKind;

  @Column({ type: 'text' })
  title!: string;

  /** Required lessons must be done (and a required quiz passed) to complete the course. */
  @Column({ type: 'boolean', default: true })
  required!: boolean;

  @Column({ type: 'int', nullable: true })
  durationMinutes!: number | null;

  /** kind 'text': sanitised HTML. */
  @Column({ type: 'text', nullable: true })
  bodyHtml!: string | null;

  /** kind 'video': an uploaded file or an external link. kind 'document': a PDF. */
  @ManyToOne(() => StoredFile, { nullable: true })
  @JoinColumn()
  file!: StoredFile | null;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @Column({ type: 'text', nullable: true })
  externalUrl!: string | null;

  /** kind 'quiz'. */
  @Column({ type: 'int', nullable: true })
  quizQuestionCount!: number | null;

  @Column({ type: 'boolean', default: false })
  quizShuffle!: boolean;

  /** Pass mark in percent (0..100). */
  @Column({ type: 'int', nullable: true })
  quizPassPercent!: number | null;

  @Column({ type: 'int', nullable: true })
  quizAttemptLimit!: number | null;

  @Column({ type: 'int', nullable: true })
  quizTimeLimitSeconds!: number | null;
}
