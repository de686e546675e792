import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Target } from './target.entity';

/** A threshold in force from `startsOn` to `endsOn` (both inclusive), due by `endsOn`. */
@Entity('target_periods')
@Index(['targetId', 'startsOn'], { unique: true })
@Check('"ends_on" >= "starts_on"')
@Check('"threshold_bp" BETWEEN 0 AND 10000')
export class TargetPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Target, { nullable: false })
  @JoinColumn()
  target!: Target;

  @Column({ type: 'uuid' })
  targetId!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  /** Basis points: 7000 is 70 %. Integers keep the maths exact. */
  @Column({ type: 'int' })
  thresholdBp!: number;
}
