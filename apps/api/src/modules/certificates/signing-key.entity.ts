import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An Ed25519 key pair of the department. One is current (retiredAt null); rotation retires it
 * and makes a new one. Retired keys stay, so certificates they signed keep verifying. The
 * public key is published at GET /api/certificates/keys; a payload names its key by the
 * first 8 hex digits of the id.
 */
@Entity('signing_keys')
export class SigningKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The raw 32-byte Ed25519 public key, base64url. */
  @Column({ type: 'text' })
  publicKey!: string;

  /** PKCS#8 PEM. Never leaves the server. */
  @Column({ type: 'text' })
  privateKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
