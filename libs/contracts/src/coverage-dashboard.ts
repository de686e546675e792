import type { CoverageFiguresView } from './coverage';
import type { UnitRef } from './units';

/** `GET /api/coverage/expiring?target&unit&asOf&days`: one person whose certification lapses. */
export interface ExpiringCertificateView {
  staffCode: string;
  fullName: string;
  unit: { code: string; name: string };
  number: string;
  /** The last valid day of the person's longest-lasting valid certificate. */
  expiresOn: string;
}

export interface ExpiringCertificatesReport {
  asOf: string;
  /** asOf + days: the first day on which the listed people are no longer trained. */
  until: string;
  days: number;
  /** Persons trained on asOf whose every valid certificate has lapsed by `until`. */
  count: number;
  /** Per month of the expiry date, "YYYY-MM". */
  byMonth: { month: string; count: number }[];
  /** Sorted by expiry date; at most 500 (count says how many in all). */
  items: ExpiringCertificateView[];
  /**
   * The effect on today's population if none is renewed: trained now vs trained minus those
   * expiring (the same persons, counted on `asOf`; newcomers and leavers are not projected).
   */
  effect: {
    population: number;
    trainedNow: number;
    coverageNow: number | null;
    trainedAfter: number;
    coverageAfter: number | null;
  };
}

export type CoverageRankingKind = 'commune' | 'all';

export interface CoverageRankingItem extends CoverageFiguresView {
  unit: UnitRef;
}

/** `GET /api/coverage/ranking?target&unit&asOf&kind&limit`: the units furthest below. */
export interface CoverageRankingReport {
  asOf: string;
  kind: CoverageRankingKind;
  /** Units of that kind below `unit` with a population on asOf. */
  ranked: number;
  /** Of those, how many meet the threshold. */
  meeting: number;
  /** Below the threshold, by gap descending, then coverage ascending; at most `limit`. */
  items: CoverageRankingItem[];
}

/** A person of a unit's figures with what a follow-up needs. */
export interface CoverageFollowUpPerson {
  staffCode: string;
  fullName: string;
  unit: { code: string; name: string };
  position: string | null;
  /** Their course enrolments: status, progress (0..1), due date. */
  courses: {
    title: string;
    status: 'assigned' | 'in_progress' | 'completed';
    progress: number;
    dueOn: string | null;
  }[];
  /** The latest certificate of the target's programme issued by asOf (expired or revoked too). */
  lastCertificate: { number: string; expiresOn: string | null; revokedOn: string | null } | null;
}

/** `GET /api/coverage/follow-up?target&unit&asOf&trained=false&page&pageSize` */
export interface CoverageFollowUpPage {
  asOf: string;
  total: number;
  items: CoverageFollowUpPerson[];
}
