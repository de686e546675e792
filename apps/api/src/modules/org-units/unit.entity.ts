import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A unit's stable identity. What it is called and where it hangs live in its versions. */
@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  /** The first day the unit no longer exists; null while open. */
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @ManyToOne(() => Unit, { nullable: true })
  @JoinColumn()
  mergedInto!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
