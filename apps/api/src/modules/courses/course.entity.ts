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
import { User } from '../accounts/user.entity';
import { StoredFile } from '../files/stored-file.entity';

export type CourseStatus = 'draft' | 'published' | 'archived';

/**
 * A course's identity and catalogue card. Its content (sections, lessons, questions) lives in
 * versions: the published version is frozen, editing it starts a new draft version.
 */
@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Số tiết. */
  @Column({ type: 'int', default: 0 })
  hours!: number;

  @ManyToOne(() => StoredFile, { nullable: true })
  @JoinColumn()
  coverFile!: StoredFile | null;

  @Column({ type: 'uuid', nullable: true })
  coverFileId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CourseStatus;

  /** Open to self-enrolment by any signed-in learner. */
  @Column({ type: 'boolean', default: false })
  selfEnrol!: boolean;

  /** The author who owns it; other authors edit it only as administrators. */
  @ManyToOne(() => User, { nullable: false })
  @JoinColumn()
  owner!: User;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
