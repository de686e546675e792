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
import { Programme } from './programme.entity';

export type TargetPopulation = 'communication_officers' | 'all_staff';

/** What the department is judged on: the share of a population holding a valid programme. */
@Entity('targets')
export class Target {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  population!: TargetPopulation;

  @ManyToOne(() => Programme, { nullable: false })
  @JoinColumn()
  programme!: Programme;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
