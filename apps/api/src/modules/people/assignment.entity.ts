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
// Coverage counts of communication officers read their assignments by unit from this index
// alone: (unit_id) INCLUDE (person_id, start_date, end_date) WHERE is_communication_officer.
// TypeORM cannot declare INCLUDE, so migration CoverageCoveringIndexes creates it.
@Index('IDX_assignments_officers_by_unit', { synchronize: false })
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
