import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A training programme (chương trình bồi dưỡng) whose completion earns a certificate. */
@Entity('programmes')
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'int', nullable: true })
  hours!: number | null;

  /** Months a certificate stays valid; null: no expiry. */
  @Column({ type: 'int', nullable: true })
  validityMonths!: number | null;

  @Column({ type: 'int', nullable: true })
  renewalWindowMonths!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
