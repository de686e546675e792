import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@loa/contracts';
import { Unit } from '../org-units/unit.entity';
import { User } from './user.entity';

/** A role held at a unit (and, for managers, everything below it). Revoked grants are kept. */
@Entity('role_grants')
@Index(['userId', 'role', 'unitId'], { unique: true, where: '"revoked_at" IS NULL' })
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn()
  user!: User;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn()
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;
}
