import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number given in a year's series. Taken with SELECT … FOR UPDATE inside the issuing
 * transaction, so numbers are gapless even under concurrency and rollbacks (a sequence is not).
 */
@Entity('certificate_counters')
export class CertificateCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  lastNo!: number;
}
