import type { ImportResult } from './units';

/** Where a certification comes from: issued by Loa, or recorded from training elsewhere. */
export type CertificateSource = 'loa' | 'external';

/**
 * A certificate's state today. `replaced`: a correction reissued it under a new number;
 * `pending`: an external record waiting for the department's approval.
 */
export type CertificateStatus = 'valid' | 'expired' | 'revoked' | 'replaced' | 'pending';

/** What the public verification answers (contract.md). Replaced certificates answer `revoked`. */
export type VerificationStatus = 'valid' | 'expired' | 'revoked' | 'not_found';

/** `GET /api/certificates/{number}/verify`. Absent fields are omitted. */
export interface CertificateVerification {
  status: VerificationStatus;
  number?: string;
  holder?: { name: string; birthDateMasked: string };
  unit?: string;
  programme?: string;
  issuedOn?: string;
  expiresOn?: string;
  revokedOn?: string;
  reason?: string;
  /** The number of the correction that replaced this certificate (an extra field). */
  replacedBy?: string;
}

/** `POST /api/certificates/verify-payload` `{ payload }`. */
export interface PayloadVerificationRequest {
  payload: string;
}

export interface PayloadVerification extends CertificateVerification {
  /** The Ed25519 signature matches one of the department's keys. False: forged or altered. */
  signatureValid: boolean;
}

/** `GET /api/certificates/keys` — the department's published public keys (current and retired). */
export interface SigningKeyView {
  id: string;
  algorithm: 'Ed25519';
  /** Raw 32-byte public key, base64url (JWK "x"). */
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

/** `GET /api/me/certificates`. */
export interface MyCertificate {
  /** null while a pending external record has no number yet. */
  number: string | null;
  programme: string;
  issuedOn: string;
  expiresOn: string | null;
  status: CertificateStatus;
  source: CertificateSource;
}

export interface RevokeCertificateRequest {
  revokedOn: string;
  reason: string;
}

export interface CorrectCertificateRequest {
  holderName?: string;
  holderDateOfBirth?: string;
}

/** One line of the registry (sổ cấp giấy chứng nhận). */
export interface RegistryEntry {
  number: string;
  holderName: string;
  holderDateOfBirth: string;
  staffCode: string;
  unit: { code: string; name: string } | null;
  programme: { code: string; name: string };
  hours: number | null;
  result: string | null;
  issuedOn: string;
  expiresOn: string | null;
  status: CertificateStatus;
  source: CertificateSource;
  provider: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
  replaces: string | null;
  replacedBy: string | null;
  renews: string | null;
}

/** `GET /api/certificates?unit=&from=&to=&programme=&source=&page=&pageSize=`. */
export interface RegistryPage {
  items: RegistryEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** `GET /api/training-records/pending` — external records a unit manager submitted. */
export interface PendingTrainingRecord {
  id: string;
  number: string | null;
  staffCode: string;
  holderName: string;
  unit: { code: string; name: string } | null;
  programme: { code: string; name: string };
  issuedOn: string;
  expiresOn: string | null;
  provider: string | null;
  submittedBy: string | null;
  submittedAt: string;
  /** `/api/training-records/:id/evidence` when an evidence file was attached. */
  evidenceUrl?: string | null;
}

/** The multipart fields of `POST /api/training-records` (sent before the `evidence` file). */
export interface RecordTrainingFields {
  staffCode: string;
  programmeCode: string;
  /** YYYY-MM-DD or dd/mm/yyyy. */
  issuedOn: string;
  expiresOn?: string;
  certificateNo?: string;
  provider?: string;
}

/** `POST /api/training-records` answer: one external record, pending or approved. */
export interface RecordedTraining {
  id: string;
  number: string | null;
  approval: 'pending' | 'approved';
  staffCode: string;
  programmeCode: string;
  issuedOn: string;
  expiresOn: string | null;
  provider: string | null;
  evidenceUrl: string;
}

export interface RejectTrainingRecordRequest {
  reason: string;
}

/** `POST /api/training-records/import` answer. */
export type TrainingRecordImportResult = ImportResult;

/** The training-records file's columns (contract.md), English key and Vietnamese header. */
export const TRAINING_RECORD_COLUMNS = [
  { key: 'staff_code', vi: 'Mã cán bộ', required: true },
  { key: 'programme_code', vi: 'Mã chương trình', required: true },
  { key: 'issued_on', vi: 'Ngày cấp', required: true },
  { key: 'expires_on', vi: 'Ngày hết hạn', required: false },
  { key: 'certificate_no', vi: 'Số hiệu', required: false },
  { key: 'provider', vi: 'Đơn vị đào tạo', required: false },
] as const;
export type TrainingRecordColumnKey = (typeof TRAINING_RECORD_COLUMNS)[number]['key'];
