import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type VerificationChannel = 'number' | 'payload';

/**
 * One public verification request: when, which number was asked, what was answered, and a
 * salted hash of the client address (never the address itself). Append-only; lets the
 * department spot enumeration.
 */
@Entity('verification_checks')
@Index(['clientHash', 'at'])
export class VerificationCheck {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 16 })
  channel!: VerificationChannel;

  /** The number as asked (cut to 200 characters); null when a payload could not be read. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  numberAsked!: string | null;

  /** valid | expired | revoked | not_found | invalid_signature | rate_limited */
  @Column({ type: 'varchar', length: 24 })
  result!: string;

  /** HMAC-SHA256 of the client address with a server-side salt, hex. */
  @Column({ type: 'varchar', length: 64 })
  clientHash!: string;
}
