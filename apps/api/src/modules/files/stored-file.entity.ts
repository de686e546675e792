import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type StoredFilePurpose =
  'course_cover' | 'lesson_video' | 'lesson_document' | 'training_evidence';

/**
 * An uploaded file. The bytes live under LOA_DATA_DIR/files/<storage key>, written to a temporary
 * name and renamed once complete, so a process that dies mid-upload leaves no half file here.
 */
@Entity('stored_files')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: StoredFilePurpose;

  @Column({ type: 'text' })
  originalName!: string;

  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  @Column({ type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
