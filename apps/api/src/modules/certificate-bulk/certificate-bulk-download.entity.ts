import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Unit } from '../org-units/unit.entity';

export type BulkDownloadStatus = 'queued' | 'running' | 'done' | 'failed';

/** What a bulk download was asked for (the unit is its own column). */
export interface BulkDownloadFilters {
  from: string | null;
  to: string | null;
  programmeCode: string | null;
}

/**
 * A ZIP of a subtree's certificate PDFs, made by a background job. `done` counts the PDFs
 * written so far out of `total`; the finished file lies at `filePath` (under LOA_DATA_DIR).
 */
@Entity('certificate_bulk_downloads')
@Index(['requestedBy', 'createdAt'])
@Check(`"status" IN ('queued', 'running', 'done', 'failed')`)
export class CertificateBulkDownload {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'requested_by' })
  requester!: User;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn()
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'jsonb' })
  filters!: BulkDownloadFilters;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: BulkDownloadStatus;

  @Column({ type: 'int', default: 0 })
  total!: number;

  @Column({ type: 'int', default: 0 })
  done!: number;

  @Column({ type: 'text', nullable: true })
  filePath!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
