import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Programme } from '../reference/programme.entity';

/**
 * What a programme's certificate prints besides the holder's data: the issuing body, the
 * document's title, the signer and the place. A programme without a row uses the defaults
 * in certificate-template.ts.
 */
@Entity('certificate_templates')
export class CertificateTemplate {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @OneToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn()
  programme!: Programme;

  /** The body above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". */
  @Column({ type: 'text' })
  parentBody!: string;

  /** The issuer, e.g. "SỞ GIÁO DỤC VÀ ĐÀO TẠO". */
  @Column({ type: 'text' })
  issuingBody!: string;

  @Column({ type: 'text' })
  documentTitle!: string;

  /** e.g. "KT. GIÁM ĐỐC" (signing on the director's behalf). */
  @Column({ type: 'text' })
  signerAuthority!: string;

  /** e.g. "PHÓ GIÁM ĐỐC". */
  @Column({ type: 'text' })
  signerTitle!: string;

  @Column({ type: 'text' })
  signerName!: string;

  @Column({ type: 'text' })
  place!: string;
}
