/** One certificate of the demo city, planned in memory (demo-certificates.planner.ts). */
export interface DemoCertificate {
  /** Deterministic, so two seeds of the demo city hold the same rows. */
  id: string;
  staffCode: string;
  programmeCode: 'BDTT' | 'QTNQ71';
  issuedOn: string;
  /** The last valid day; null: never expires. */
  expiresOn: string | null;
  source: 'loa' | 'external';
  approval: 'approved' | 'pending';
  provider: string | null;
  /** An external certificate's own number; null: numbered in Loa's series (or pending). */
  ownNumber: string | null;
  result: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
  /** A renewal: the id of the certificate whose validity it continues. */
  renewsId: string | null;
}

/** A planned certificate with its number, as written. */
export interface NumberedDemoCertificate extends DemoCertificate {
  number: string;
  seriesYear: number | null;
  seriesNo: number | null;
}
