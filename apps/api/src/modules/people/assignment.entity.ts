import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Unit } from '../org-units/unit.entity';
import { Person } from './person.entity';

/**
 * This person, at this unit, in this position, from `startDate` until `endDate` (both
 * inclusive; null while current). "Communication officer" is a designation of the assignment.
 */
@Entity('assignments')
@Index(['personId', 'unitId', 'startDate'], { unique: true })
@Index(['unitId', 'startDate'])
@Check('"end_date" IS NULL OR "end_date" >= "start_date"')
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Person, { nullable: false })
  @JoinColumn()
  person!: Person;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn()
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'boolean', default: false })
  isCommunicationOfficer!: boolean;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
