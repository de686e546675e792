import {
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { UnitKind, UnitVersionView } from '@loa/contracts';
import { Unit } from './unit.entity';

/**
 * What a unit was called, what kind it was and which unit it hung under, from `validFrom`
 * (inclusive) to `validTo` (exclusive; null while current). Versions of one unit never overlap
 * (an exclusion constraint in the migration). A change on date X ends the current version at X
 * and starts a new one, so every answer for a date before X stays as it was.
 */
@Entity('unit_versions')
@Index(['unitId', 'validFrom'], { unique: true })
@Index(['parentId', 'validFrom'])
@Exclusion(
  'unit_versions_no_overlap',
  `USING gist ("unit_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)`,
)
export class UnitVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn()
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { nullable: true })
  @JoinColumn()
  parent!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'created' })
  change!: UnitVersionView['change'];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
