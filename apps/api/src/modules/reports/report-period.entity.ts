import type { ReportPeriodKind, UnitKind } from '@loa/contracts';
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

/**
 * A reporting period the department defines (kỳ báo cáo): which data it covers (startsOn to the
 * cut-off, inclusive), when reports are due, and which kinds of unit must report.
 */
@Entity('report_periods')
@Check(`"kind" IN ('half_year', 'annual')`)
@Check('"starts_on" <= "cutoff_on"')
export class ReportPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. 2026-H1, 2026-ANNUAL */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ReportPeriodKind;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  cutoffOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'text', array: true })
  requiredUnitKinds!: UnitKind[];

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn()
  createdBy!: User | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
