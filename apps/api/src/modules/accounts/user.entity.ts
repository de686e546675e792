import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AccountStatus } from '@loa/contracts';
import { Person } from '../people/person.entity';

/** A login. Linked to a person on the roster when it belongs to a member of staff. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; logins compare case-insensitively. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @OneToOne(() => Person, { nullable: true })
  @JoinColumn()
  person!: Person | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: AccountStatus;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'varchar', length: 2, default: 'vi' })
  locale!: 'vi' | 'en';

  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
