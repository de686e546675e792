/** Reference data the department edits: programmes and the targets it is judged on. */
export interface ProgrammeView {
  code: string;
  name: string;
  hours: number | null;
  /** Months a certificate stays valid; null: no expiry. */
  validityMonths: number | null;
  renewalWindowMonths: number | null;
}

export type TargetPopulation = 'communication_officers' | 'all_staff';

export interface TargetPeriodView {
  startsOn: string;
  endsOn: string;
  /** 0..1, e.g. 0.7 */
  threshold: number;
}

export interface TargetView {
  code: string;
  name: string;
  population: TargetPopulation;
  programme: { code: string; name: string };
  periods: TargetPeriodView[];
}

export interface ReferenceChange {
  at: string;
  actor: string | null;
  action: string;
  details: Record<string, unknown>;
}

/** What a programme's certificate prints besides the holder's data (GET/PUT /api/programmes/:code/certificate-template). */
export interface CertificateTemplateView {
  /** The body above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". */
  parentBody: string;
  issuingBody: string;
  documentTitle: string;
  /** e.g. "KT. GIÁM ĐỐC". */
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  place: string;
}
