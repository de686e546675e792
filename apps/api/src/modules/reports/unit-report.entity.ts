import type { ReportFigures, ReportNarrative, UnitReportStatus } from '@loa/contracts';
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
import { ReportPeriod } from './report-period.entity';

/**
 * One version of a unit's report for a period. A submitted version is frozen: its figures and
 * narrative never change (contentHash proves it); a returned report is resubmitted as a new
 * version and the old one is kept.
 */
@Entity('unit_reports')
@Index(['periodId', 'unitId', 'version'], { unique: true })
@Check(`"status" IN ('draft', 'submitted', 'returned', 'accepted')`)
@Check('"version" >= 1')
export class UnitReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ReportPeriod, { nullable: false })
  @JoinColumn()
  period!: ReportPeriod;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn()
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: UnitReportStatus;

  @Column({ type: 'jsonb' })
  figures!: ReportFigures;

  @Column({ type: 'jsonb' })
  narrative!: ReportNarrative;

  @Column({ type: 'char', length: 64, nullable: true })
  contentHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn()
  submittedBy!: User | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn()
  reviewedBy!: User | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
