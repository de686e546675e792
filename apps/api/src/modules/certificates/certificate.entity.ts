import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit } from '../org-units/unit.entity';
import { Person } from '../people/person.entity';
import { Programme } from '../reference/programme.entity';
import type { CertificateTemplateFields } from './certificate-template';
import { SigningKey } from './signing-key.entity';

export type CertificateSource = 'loa' | 'external';
export type CertificateApproval = 'pending' | 'approved' | 'rejected';

/**
 * A certification of a programme held by a person: issued by Loa on completing the programme,
 * or recorded from training done elsewhere. Never deleted: revocation sets `revokedOn`, a
 * correction issues a new certificate that `replaces` this one. It counts for coverage on D when
 * approved, issued on or before D, not expired (expiresOn is the last valid day) and not revoked
 * on or before D.
 */
@Entity('certificates')
@Index(['personId', 'programmeId', 'issuedOn'])
@Index(['programmeId', 'issuedOn'])
/** The registry of a unit or subtree (managers' scope), and unit history checks. */
@Index(['unitId', 'issuedOn'])
@Index(['seriesYear', 'seriesNo'], { unique: true, where: '"series_no" IS NOT NULL' })
// Coverage counts look up a person's approved certificates of a programme from this index alone:
// (person_id, programme_id) INCLUDE (issued_on, expires_on, revoked_on) WHERE approval = 'approved'.
// TypeORM cannot declare INCLUDE, so migration CoverageCoveringIndexes creates it.
@Index('IDX_certificates_approved_by_person', { synchronize: false })
// Finds a certificate's correction (public verification, registry, my certificates).
@Index(['replacesId'], { where: '"replaces_id" IS NOT NULL' })
@Check('"expires_on" IS NULL OR "expires_on" >= "issued_on"')
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique for ever, e.g. `125/GCN-SGDĐT`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  number!: string;

  /** For numbers Loa gives: the year of the series and the place in it (gapless, from a locked counter). */
  @Column({ type: 'int', nullable: true })
  seriesYear!: number | null;

  @Column({ type: 'int', nullable: true })
  seriesNo!: number | null;

  @ManyToOne(() => Person, { nullable: false })
  @JoinColumn()
  person!: Person;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Programme, { nullable: false })
  @JoinColumn()
  programme!: Programme;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** The holder's unit when the certificate was issued, as printed. */
  @ManyToOne(() => Unit, { nullable: true })
  @JoinColumn()
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  /** What was printed, kept as printed even if the roster changes later. */
  @Column({ type: 'text' })
  holderName!: string;

  @Column({ type: 'date' })
  holderDateOfBirth!: string;

  @Column({ type: 'int', nullable: true })
  hours!: number | null;

  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ type: 'date' })
  issuedOn!: string;

  /** The last day of validity; null: never expires. */
  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'varchar', length: 16 })
  source!: CertificateSource;

  /** For external training: who trained them. */
  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'approved' })
  approval!: CertificateApproval;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** Stored file name of the evidence for external training (under LOA_DATA_DIR). */
  @Column({ type: 'text', nullable: true })
  evidenceFile!: string | null;

  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  /** A correction: the certificate this one replaces (which is then shown as replaced). */
  @ManyToOne(() => Certificate, { nullable: true })
  @JoinColumn()
  replaces!: Certificate | null;

  @Column({ type: 'uuid', nullable: true })
  replacesId!: string | null;

  /** A renewal: the certificate whose validity this one continues. */
  @ManyToOne(() => Certificate, { nullable: true })
  @JoinColumn()
  renews!: Certificate | null;

  @Column({ type: 'uuid', nullable: true })
  renewsId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** Why the department refused an external record a unit manager submitted. */
  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  /** Certificates issued by Loa: the Ed25519 key that signed the compact payload, and the signature. */
  @ManyToOne(() => SigningKey, { nullable: true })
  @JoinColumn()
  signingKey!: SigningKey | null;

  @Column({ type: 'uuid', nullable: true })
  signingKeyId!: string | null;

  /** base64url of the 64-byte Ed25519 signature over the canonical payload (certificate-payload.ts). */
  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  /** The template fields as printed (issuing body, signer, place), so a reprint never changes. */
  @Column({ type: 'jsonb', nullable: true })
  printedTemplate!: CertificateTemplateFields | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
