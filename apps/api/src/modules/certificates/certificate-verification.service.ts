import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateVerification, PayloadVerification } from '@loa/contracts';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { todayInVietnam } from '../../common/dates';
import { checkPayload } from './certificate-payload';
import { certificateStatus, maskBirthDate } from './certificate-status';
import { findPublicCertificate, PublicCertificateRecord } from './certificate-lookup.query';
import { tooManyVerifications } from './certificates.errors';
import { SigningKeysService } from './signing-keys.service';
import type { VerificationChannel } from './verification-check.entity';
import { VerificationCheckLog } from './verification-check-log';
import { VerificationRateLimiter } from './verification-rate-limiter';

const MAX_NUMBER_LENGTH = 200;
/** Client addresses whose hash is kept; past it the memory starts again. */
const MAX_REMEMBERED_CLIENTS = 10_000;

/**
 * The public answer about a certificate: pending and rejected records do not exist for the
 * public (not_found); a replaced certificate answers `revoked` with the correction's number.
 */
export function publicAnswer(
  record: PublicCertificateRecord | null,
  today: string,
): CertificateVerification {
  if (!record || record.certificate.approval !== 'approved') return { status: 'not_found' };
  const c = record.certificate;
  const status = certificateStatus(
    {
      approval: c.approval,
      expiresOn: c.expiresOn,
      revokedOn: c.revokedOn,
      replaced: record.replacedBy !== null,
    },
    today,
  );
  const answer: CertificateVerification = {
    status: status === 'replaced' ? 'revoked' : (status as CertificateVerification['status']),
    number: c.number,
    holder: { name: c.holderName, birthDateMasked: maskBirthDate(c.holderDateOfBirth) },
    unit: record.unitName ?? undefined,
    programme: record.programmeName,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn ?? undefined,
    revokedOn: c.revokedOn ?? undefined,
    reason: c.revocationReason ?? undefined,
    replacedBy: record.replacedBy ?? undefined,
  };
  return Object.fromEntries(
    Object.entries(answer).filter(([, value]) => value !== undefined),
  ) as CertificateVerification;
}

/**
 * Public verification by number or by signed payload: rate limited per client address and
 * every check logged (in batches, see VerificationCheckLog) with a salted hash of the address
 * (LOA_VERIFICATION_SALT, or a random salt per process), never the address itself.
 */
@Injectable()
export class CertificateVerificationService {
  private readonly salt = process.env.LOA_VERIFICATION_SALT || randomBytes(32).toString('hex');
  private readonly clientHashes = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly limiter: VerificationRateLimiter,
    private readonly checks: VerificationCheckLog,
  ) {}

  async byNumber(number: string, client: string): Promise<CertificateVerification> {
    const asked = number.normalize('NFC').trim().slice(0, MAX_NUMBER_LENGTH);
    this.admit('number', asked, client);
    const answer = publicAnswer(
      await findPublicCertificate(this.dataSource, asked),
      todayInVietnam(),
    );
    this.log('number', asked, answer.status, client);
    return answer;
  }

  async byPayload(payload: string, client: string): Promise<PayloadVerification> {
    this.admit('payload', null, client);
    const check = checkPayload(payload, await this.keys.published());
    const number = check.claims?.number.slice(0, MAX_NUMBER_LENGTH) ?? null;
    const answer = number
      ? publicAnswer(await findPublicCertificate(this.dataSource, number), todayInVietnam())
      : ({ status: 'not_found' } as CertificateVerification);
    this.log('payload', number, check.valid ? answer.status : 'invalid_signature', client);
    return { ...answer, signatureValid: check.valid };
  }

  private admit(channel: VerificationChannel, number: string | null, client: string): void {
    if (this.limiter.allow(client)) return;
    this.log(channel, number, 'rate_limited', client);
    throw tooManyVerifications();
  }

  private log(
    channel: VerificationChannel,
    numberAsked: string | null,
    result: string,
    client: string,
  ): void {
    const clientHash = this.clientHash(client);
    this.checks.record({ at: new Date(), channel, numberAsked, result, clientHash });
  }

  /** HMAC-SHA256 of the address with the salt, remembered for the addresses seen lately. */
  private clientHash(client: string): string {
    let hash = this.clientHashes.get(client);
    if (hash === undefined) {
      hash = createHmac('sha256', this.salt).update(client).digest('hex');
      if (this.clientHashes.size >= MAX_REMEMBERED_CLIENTS) this.clientHashes.clear();
      this.clientHashes.set(client, hash);
    }
    return hash;
  }
}
