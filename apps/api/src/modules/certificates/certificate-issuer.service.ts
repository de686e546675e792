import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Person } from '../people/person.entity';
import { Programme } from '../reference/programme.entity';
import { isInRenewalWindow, lastValidDay, renewedLastValidDay } from './certificate-dates';
import { loaNumber, pendingPlaceholder } from './certificate-number';
import { keyIdOf, signClaims } from './certificate-payload';
import { templateFor } from './certificate-template';
import { Certificate, CertificateApproval, CertificateSource } from './certificate.entity';
import { personNotFound, programmeNotFound } from './certificates.errors';
import { takeSeriesNumbers } from './number-series';
import { SigningKeysService } from './signing-keys.service';

export interface IssueRequest {
  personId: string;
  programmeCode: string;
  issuedOn: string;
  source: CertificateSource;
  approval: CertificateApproval;
  createdBy: string | null;
  result?: string | null;
  /** Default: the programme's hours. */
  hours?: number | null;
  provider?: string | null;
  /** An external certificate's own number; default: the next Loa number of the issue year. */
  number?: string | null;
  /** An external certificate's own expiry; default: from the programme's validity (or renewal). */
  expiresOn?: string | null;
  /** A correction: the certificate it replaces, whose unit, validity and result it keeps. */
  correction?: { replaces: Certificate; holderName: string; holderDateOfBirth: string };
}

export interface CompletionResult {
  certificate: Certificate;
  /** False when this completion already had its certificate (nothing was written). */
  issued: boolean;
}

const RENEWABLE = `
  SELECT c.id, c.expires_on::text FROM certificates c
   WHERE c.person_id = $1 AND c.programme_id = $2 AND c.approval = 'approved'
     AND c.revoked_on IS NULL AND c.expires_on IS NOT NULL AND c.issued_on <= $3
     AND NOT EXISTS (SELECT 1 FROM certificates r WHERE r.replaces_id = c.id)
   ORDER BY c.expires_on DESC, c.id LIMIT 1`;

/**
 * The holder's unit on the day: the assignment in force then (a communication-officer one
 * first, then the latest started); with none in force, the latest assignment they had.
 */
export const UNIT_ON_DAY = (person: string, day: string): string => `
  SELECT a.unit_id FROM assignments a
   WHERE a.person_id = ${person}
   ORDER BY (a.start_date <= ${day} AND (a.end_date IS NULL OR a.end_date >= ${day})) DESC,
            a.is_communication_officer DESC, a.start_date DESC, a.id
   LIMIT 1`;

/**
 * Issues certificates inside the caller's transaction: numbering from the locked yearly
 * counter, a snapshot of the holder, unit, hours and template, the expiry (or the renewal of a
 * certificate in its window), the Ed25519 signature of what Loa issues, and the audit entry.
 */
@Injectable()
export class CertificateIssuerService {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly audit: AuditService,
  ) {}

  async issue(manager: EntityManager, request: IssueRequest): Promise<Certificate> {
    const programme = await manager
      .getRepository(Programme)
      .findOne({ where: { code: request.programmeCode } });
    if (!programme) throw programmeNotFound(request.programmeCode);
    const person = await manager.getRepository(Person).findOne({ where: { id: request.personId } });
    if (!person) throw personNotFound();

    const correction = request.correction;
    const renewed = correction ? null : await this.renewable(manager, request, programme);
    const expiresOn = correction
      ? correction.replaces.expiresOn
      : request.expiresOn !== undefined
        ? request.expiresOn
        : renewed
          ? renewedLastValidDay(renewed.expires_on, programme.validityMonths!)
          : lastValidDay(request.issuedOn, programme.validityMonths);

    const id = randomUUID();
    const year = Number(request.issuedOn.slice(0, 4));
    const series =
      request.number || request.approval !== 'approved'
        ? null
        : { year, no: await takeSeriesNumbers(manager, year) };
    const number =
      request.number?.normalize('NFC').trim() ||
      (series ? loaNumber(series.no, series.year) : pendingPlaceholder(id));

    const certificate = manager.getRepository(Certificate).create({
      id,
      number,
      seriesYear: series?.year ?? null,
      seriesNo: series?.no ?? null,
      personId: person.id,
      programmeId: programme.id,
      unitId: correction
        ? correction.replaces.unitId
        : await this.unitOn(manager, person.id, request.issuedOn),
      holderName: (correction?.holderName ?? person.fullName).normalize('NFC').trim(),
      holderDateOfBirth: correction?.holderDateOfBirth ?? person.dateOfBirth,
      hours: correction
        ? correction.replaces.hours
        : request.hours !== undefined
          ? request.hours
          : programme.hours,
      result: correction ? correction.replaces.result : (request.result?.normalize('NFC') ?? null),
      issuedOn: request.issuedOn,
      expiresOn,
      source: request.source,
      provider: request.provider?.normalize('NFC') ?? null,
      approval: request.approval,
      approvedBy: request.approval === 'approved' ? request.createdBy : null,
      approvedAt: request.approval === 'approved' ? new Date() : null,
      replacesId: correction?.replaces.id ?? null,
      renewsId: renewed?.id ?? null,
      createdBy: request.createdBy,
    });
    if (request.source === 'loa') await this.sign(manager, certificate, programme);
    await manager.getRepository(Certificate).insert(certificate);
    await this.audit.record(
      {
        actorUserId: request.createdBy,
        action: correction ? 'certificate.corrected' : 'certificate.issued',
        entityType: 'certificate',
        entityId: certificate.id,
        details: {
          number,
          programme: programme.code,
          personId: person.id,
          issuedOn: certificate.issuedOn,
          expiresOn,
          source: request.source,
          approval: request.approval,
          renews: renewed?.id ?? null,
          replaces: correction?.replaces.number ?? null,
        },
      },
      manager,
    );
    return certificate;
  }

  /**
   * The certificate for a completed programme, exactly once: a transaction-scoped advisory
   * lock on (person, programme) queues concurrent completions, and a completion that already
   * has its certificate (same day, issued by Loa, not revoked) issues nothing.
   */
  async issueForCompletion(
    manager: EntityManager,
    personId: string,
    programmeCode: string,
    completedOn: string,
    createdBy: string | null,
  ): Promise<CompletionResult> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `loa:completion:${personId}:${programmeCode}`,
    ]);
    const existing = await manager
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .innerJoin('c.programme', 'p')
      .where('c.person_id = :personId AND p.code = :programmeCode', { personId, programmeCode })
      .andWhere(`c.issued_on = :completedOn AND c.source = 'loa' AND c.revoked_on IS NULL`, {
        completedOn,
      })
      .getOne();
    if (existing) return { certificate: existing, issued: false };
    const certificate = await this.issue(manager, {
      personId,
      programmeCode,
      issuedOn: completedOn,
      source: 'loa',
      approval: 'approved',
      result: 'Đạt',
      createdBy,
    });
    return { certificate, issued: true };
  }

  /** Signs the compact payload with the current key and snapshots the printed template. */
  private async sign(
    manager: EntityManager,
    certificate: Certificate,
    programme: Programme,
  ): Promise<void> {
    const key = await this.keys.currentKey(manager);
    certificate.signingKeyId = key.id;
    certificate.printedTemplate = await templateFor(manager, programme.id);
    const payload = signClaims(
      {
        number: certificate.number,
        holderName: certificate.holderName,
        holderDateOfBirth: certificate.holderDateOfBirth,
        programmeCode: programme.code,
        issuedOn: certificate.issuedOn,
        expiresOn: certificate.expiresOn,
        keyId: keyIdOf(key.id),
      },
      key.privateKey,
    );
    certificate.signature = payload.slice(payload.lastIndexOf('.') + 1);
  }

  /** A valid certificate of the programme whose renewal window contains the issue date. */
  private async renewable(
    manager: EntityManager,
    request: IssueRequest,
    programme: Programme,
  ): Promise<{ id: string; expires_on: string } | null> {
    if (request.expiresOn !== undefined || request.source !== 'loa') return null;
    if (programme.validityMonths === null || programme.renewalWindowMonths === null) return null;
    const [candidate]: { id: string; expires_on: string }[] = await manager.query(RENEWABLE, [
      request.personId,
      programme.id,
      request.issuedOn,
    ]);
    return candidate &&
      isInRenewalWindow(request.issuedOn, candidate.expires_on, programme.renewalWindowMonths)
      ? candidate
      : null;
  }

  private async unitOn(
    manager: EntityManager,
    personId: string,
    day: string,
  ): Promise<string | null> {
    const [row]: { unit_id: string }[] = await manager.query(UNIT_ON_DAY('$1', '$2::date'), [
      personId,
      day,
    ]);
    return row?.unit_id ?? null;
  }
}
