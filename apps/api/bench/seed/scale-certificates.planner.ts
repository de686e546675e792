import { addDaysFast } from '../../src/modules/demo/day-numbers';
import { SeededRandom } from '../../src/modules/demo/seeded-random';
import {
  anniversary,
  lastValidDay,
  renewedLastValidDay,
} from '../../src/modules/certificates/certificate-dates';
import { loaNumber, pendingPlaceholder } from '../../src/modules/certificates/certificate-number';
import { benchUuid, mix32, streamSeed, UUID_TAGS } from './bench-uuid';

/** BDTT as the reference-data migration defines it; the seed checks the database agrees. */
export const BDTT_VALIDITY_MONTHS = 24;
export const BDTT_RENEWAL_WINDOW_MONTHS = 3;
/** Loa issues from early January to mid-November 2026: fixed, so the seed never reads today. */
const LOA_FROM = '2026-01-05';
const LOA_TO = '2026-11-15';
/** The share of a province's officers trained, and how far a branch strays from it. */
const PROVINCE_TRAINED: readonly [number, number] = [0.48, 0.82];
const BRANCH_SPREAD = 0.2;
const RENEWED_SHARE = 0.12;
const LAPSED_SHARE = 0.25;
const PENDING_SHARE = 0.04;
const REVOKED_SHARE = 0.01;
const CERTIFICATES_STREAM = 2;
const BRANCH_STREAM_BASE = 5000;

const EXTERNAL_PROVIDERS: readonly (readonly [string, string])[] = [
  ['Trường Chính trị tỉnh', 'TCT'],
  ['Học viện Báo chí và Tuyên truyền', 'HVBC'],
  ['Trung tâm Bồi dưỡng nghiệp vụ báo chí, xuất bản', 'TTBD'],
];
const REVOCATION_REASONS = [
  'Cấp nhầm đối tượng: cán bộ không thuộc diện bồi dưỡng',
  'Hồ sơ hoàn thành khóa học không hợp lệ',
  'Phát hiện gian lận trong bài kiểm tra cuối khóa',
  'Cấp trùng giấy chứng nhận cho cùng một khóa bồi dưỡng',
];

/** A communication officer's current post, as the certificates need it. */
export interface OfficerPost {
  personId: string;
  fullName: string;
  dateOfBirth: string;
  unitId: string;
  /** The province code (2 digits): its officers are trained at a level of its own. */
  province: string;
  /** Where the training share varies: the commune code, or the province unit code. */
  branch: string;
  startDate: string;
}

export interface PlannedCertificate {
  id: string;
  holder: OfficerPost;
  number: string;
  seriesYear: number | null;
  seriesNo: number | null;
  issuedOn: string;
  /** The last valid day. */
  expiresOn: string;
  source: 'loa' | 'external';
  approval: 'approved' | 'pending';
  provider: string | null;
  result: string;
  revokedOn: string | null;
  revocationReason: string | null;
  renewsId: string | null;
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);

/** A number in [0, 1) of its own stream, keyed by a name: the same whatever the order of calls. */
function keyedFraction(seed: number, key: string): number {
  let hash = 0;
  for (const char of key) hash = mix32(hash ^ char.charCodeAt(0));
  return new SeededRandom(streamSeed(seed, BRANCH_STREAM_BASE + (hash % 1_000_000))).next();
}

/**
 * The share of a branch's officers trained: the province's own level (some ahead of the 70 %
 * target, some behind) give or take BRANCH_SPREAD for each commune.
 */
function branchShare(seed: number, province: string, branch: string): number {
  const level =
    PROVINCE_TRAINED[0] +
    keyedFraction(seed, `province:${province}`) * (PROVINCE_TRAINED[1] - PROVINCE_TRAINED[0]);
  const share = level - BRANCH_SPREAD + keyedFraction(seed, `branch:${branch}`) * 2 * BRANCH_SPREAD;
  return Math.min(0.95, Math.max(0.15, share));
}

/**
 * Plans the BDTT certificates of the current communication officers (in the order given),
 * deterministically: per province a level between 48 % and 82 %, per commune ±20 %, trained by Loa in 2026 (some
 * renewing a 2024 certificate of an outside provider within its renewal window), some of the
 * others holding a 2024 outside certificate that has lapsed or a 2026 one awaiting approval,
 * about 1 % of Loa's revoked. Loa's certificates take the 2026 series from `firstNo` in order
 * of issue; outside ones keep their own numbers; pending ones hold the placeholder.
 */
export function planScaleCertificates(
  officers: readonly OfficerPost[],
  seed: number,
  firstNo: number,
): PlannedCertificate[] {
  const rng = new SeededRandom(streamSeed(seed, CERTIFICATES_STREAM));
  const shares = new Map<string, number>();
  const planned: PlannedCertificate[] = [];
  const externalCounts = new Map<string, number>();
  const add = (
    row: Omit<
      PlannedCertificate,
      'id' | 'seriesYear' | 'seriesNo' | 'revokedOn' | 'revocationReason'
    >,
  ) => {
    const certificate: PlannedCertificate = {
      ...row,
      id: benchUuid(UUID_TAGS.certificate, planned.length + 1),
      seriesYear: null,
      seriesNo: null,
      revokedOn: null,
      revocationReason: null,
    };
    planned.push(certificate);
    return certificate;
  };
  const external = (holder: OfficerPost, issuedOn: string, approval: 'approved' | 'pending') => {
    const [provider, code] = rng.pick(EXTERNAL_PROVIDERS);
    const year = issuedOn.slice(0, 4);
    const key = `${code}/${year}`;
    const next = (externalCounts.get(key) ?? 0) + 1;
    externalCounts.set(key, next);
    const certificate = add({
      holder,
      number: `${String(next).padStart(6, '0')}/${year}/GCN-${code}`,
      issuedOn,
      expiresOn: lastValidDay(issuedOn, BDTT_VALIDITY_MONTHS)!,
      source: 'external',
      approval,
      provider,
      result: 'Hoàn thành',
      renewsId: null,
    });
    if (approval === 'pending') certificate.number = pendingPlaceholder(certificate.id);
    return certificate;
  };
  const loa = (holder: OfficerPost, issuedOn: string, renews?: PlannedCertificate) =>
    add({
      holder,
      number: '',
      issuedOn,
      expiresOn: renews
        ? renewedLastValidDay(renews.expiresOn, BDTT_VALIDITY_MONTHS)
        : lastValidDay(issuedOn, BDTT_VALIDITY_MONTHS)!,
      source: 'loa',
      approval: 'approved',
      provider: null,
      result: 'Đạt',
      renewsId: renews?.id ?? null,
    });

  for (const officer of officers) {
    let share = shares.get(officer.branch);
    if (share === undefined) {
      share = branchShare(seed, officer.province, officer.branch);
      shares.set(officer.branch, share);
    }
    const earliest = maxDate(LOA_FROM, officer.startDate);
    if (earliest > LOA_TO) continue;
    if (rng.chance(share)) {
      if (rng.chance(RENEWED_SHARE)) {
        const old = external(officer, rng.date('2024-01-20', '2024-11-10'), 'approved');
        const from = maxDate(anniversary(old.expiresOn, -BDTT_RENEWAL_WINDOW_MONTHS), earliest);
        const to = minDate(old.expiresOn, LOA_TO);
        if (from <= to) {
          loa(officer, rng.date(from, to), old);
          continue;
        }
      }
      const certificate = loa(officer, rng.date(earliest, LOA_TO));
      if (certificate.issuedOn <= addDaysFast(LOA_TO, -20) && rng.chance(REVOKED_SHARE)) {
        certificate.revokedOn = rng.date(addDaysFast(certificate.issuedOn, 10), LOA_TO);
        certificate.revocationReason = rng.pick(REVOCATION_REASONS);
      }
    } else if (rng.chance(LAPSED_SHARE)) {
      external(officer, rng.date('2024-01-10', '2024-11-10'), 'approved');
    } else if (rng.chance(PENDING_SHARE)) {
      external(officer, rng.date('2026-06-01', LOA_TO), 'pending');
    }
  }
  numberLoaCertificates(planned, firstNo);
  return planned;
}

/** Loa's certificates take consecutive numbers of their year's series, in order of issue. */
function numberLoaCertificates(planned: PlannedCertificate[], firstNo: number): void {
  const order = planned
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.source === 'loa')
    .sort((x, y) =>
      x.c.issuedOn < y.c.issuedOn ? -1 : x.c.issuedOn > y.c.issuedOn ? 1 : x.index - y.index,
    );
  let no = firstNo;
  for (const { c } of order) {
    const year = Number(c.issuedOn.slice(0, 4));
    if (year !== 2026) throw new Error(`Loa certificate issued outside 2026: ${c.issuedOn}`);
    c.seriesYear = year;
    c.seriesNo = no;
    c.number = loaNumber(no, year);
    no++;
  }
}

/** How many numbers of the 2026 series a plan takes. */
export const seriesCount = (planned: readonly PlannedCertificate[]): number =>
  planned.filter((c) => c.source === 'loa').length;
