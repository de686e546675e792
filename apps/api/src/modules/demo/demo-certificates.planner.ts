import { ROOT_UNIT_CODE } from '@loa/contracts';
import { createHash } from 'node:crypto';
import { anniversary, lastValidDay, renewedLastValidDay } from '../certificates/certificate-dates';
import { loaNumber, pendingPlaceholder } from '../certificates/certificate-number';
import type { DemoCity } from './demo-city.types';
import type { DemoCertificate, NumberedDemoCertificate } from './demo-certificates.types';
import { addDaysFast } from './day-numbers';
import { SeededRandom } from './seeded-random';

/** Its own stream of the demo seed: certificates never change the city already generated. */
export const DEMO_CERTIFICATES_SEED_OFFSET = 71;
/** Loa issues from mid-January to mid-November 2026: fixed, so the seed never depends on today. */
const LOA_FROM = '2026-01-15';
const LOA_TO = '2026-11-15';
const BRIEFINGS_FROM = '2026-02-01';
const BDTT_VALIDITY_MONTHS = 24;
const BDTT_RENEWAL_WINDOW_MONTHS = 3;
/** Per branch (a commune, a division, a unit under the department): the share trained. */
const TRAINED_SHARE: [number, number] = [0.35, 0.9];
const BRIEFED_SHARE: [number, number] = [0.55, 0.9];
const RENEWED_SHARE = 0.3;
const LAPSED_SHARE = 0.3;
const PENDING_SHARE = 0.03;
const REVOKED_COUNT = 14;
const BRIEFED_ONLINE_SHARE = 0.7;

const EXTERNAL_PROVIDERS: readonly (readonly [string, string])[] = [
  ['Trường Chính trị thành phố Hải Phòng', 'TCT'],
  ['Học viện Báo chí và Tuyên truyền', 'HVBC'],
  ['Trung tâm Bồi dưỡng nghiệp vụ báo chí, xuất bản Hải Phòng', 'TTBD'],
];
const BRIEFING_PROVIDER = 'Hội nghị học tập, quán triệt Nghị quyết 71-NQ/TW tại đơn vị';
const REVOCATION_REASONS = [
  'Cấp nhầm đối tượng: cán bộ không thuộc diện bồi dưỡng',
  'Hồ sơ hoàn thành khóa học không hợp lệ',
  'Phát hiện gian lận trong bài kiểm tra cuối khóa',
  'Cấp trùng giấy chứng nhận cho cùng một khóa bồi dưỡng',
];

const maxDate = (...days: string[]): string => days.reduce((a, b) => (a > b ? a : b));
const minDate = (...days: string[]): string => days.reduce((a, b) => (a < b ? a : b));

/** A UUID made from the demo seed and a name: the same every run. */
export function demoUuid(seed: number, name: string): string {
  const hex = createHash('sha256').update(`loa-demo:${seed}:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The unit right under the root that holds `code` in the current tree. */
function branchesOf(city: DemoCity): (unitCode: string) => string {
  const parent = new Map(
    city.versions.filter((v) => v.validTo === null).map((v) => [v.code, v.parentCode]),
  );
  return (unitCode) => {
    let code = unitCode;
    while (parent.get(code) && parent.get(code) !== ROOT_UNIT_CODE) code = parent.get(code)!;
    return code;
  };
}

/**
 * Plans the demo city's certificates, deterministically from the seed: per branch a share of
 * the current communication officers trained between 35 % and 90 % (Loa BDTT certificates of
 * 2026, or 2024 external ones renewed by Loa in 2026), some officers whose 2024 certificate
 * lapsed, a few revoked, a few external records awaiting approval, and QTNQ71 briefings for
 * most staff. `skip` (the demo learner) gets no BDTT here: the issuing service gives theirs.
 */
export function planDemoCertificates(
  city: DemoCity,
  seed: number,
  skip: ReadonlySet<string>,
): DemoCertificate[] {
  const rng = new SeededRandom(seed + DEMO_CERTIFICATES_SEED_OFFSET);
  const branchOf = branchesOf(city);
  const shares = new Map<string, { trained: number; briefed: number }>();
  const shareOf = (unitCode: string) => {
    const branch = branchOf(unitCode);
    let share = shares.get(branch);
    if (!share) {
      share = {
        trained: TRAINED_SHARE[0] + rng.next() * (TRAINED_SHARE[1] - TRAINED_SHARE[0]),
        briefed: BRIEFED_SHARE[0] + rng.next() * (BRIEFED_SHARE[1] - BRIEFED_SHARE[0]),
      };
      shares.set(branch, share);
    }
    return share;
  };
  const planned: DemoCertificate[] = [];
  const externalNumbers = new Map<string, number>();
  const add = (row: Omit<DemoCertificate, 'id' | 'revokedOn' | 'revocationReason'>) => {
    const certificate: DemoCertificate = {
      ...row,
      id: demoUuid(seed, `certificate-${planned.length}`),
      revokedOn: null,
      revocationReason: null,
    };
    planned.push(certificate);
    return certificate;
  };
  const external2024 = (staffCode: string, issuedOn: string) => {
    const [provider, code] = rng.pick(EXTERNAL_PROVIDERS);
    const next = (externalNumbers.get(code) ?? 0) + 1;
    externalNumbers.set(code, next);
    return add({
      staffCode,
      programmeCode: 'BDTT',
      issuedOn,
      expiresOn: lastValidDay(issuedOn, BDTT_VALIDITY_MONTHS),
      source: 'external',
      approval: 'approved',
      provider,
      ownNumber: `${String(next).padStart(4, '0')}/2024/GCN-${code}`,
      result: 'Hoàn thành',
      renewsId: null,
    });
  };
  const loaBdtt = (staffCode: string, issuedOn: string, renews?: DemoCertificate) =>
    add({
      staffCode,
      programmeCode: 'BDTT',
      issuedOn,
      expiresOn: renews
        ? renewedLastValidDay(renews.expiresOn!, BDTT_VALIDITY_MONTHS)
        : lastValidDay(issuedOn, BDTT_VALIDITY_MONTHS),
      source: 'loa',
      approval: 'approved',
      provider: null,
      ownNumber: null,
      result: 'Đạt',
      renewsId: renews?.id ?? null,
    });

  const current = city.assignments.filter((a) => a.endDate === null);
  const officers = new Map<string, { unitCode: string; startDate: string }>();
  for (const a of current) {
    if (a.communicationOfficer && !officers.has(a.staffCode)) officers.set(a.staffCode, a);
  }
  const plainLoa: DemoCertificate[] = [];
  for (const [staffCode, post] of officers) {
    const share = shareOf(post.unitCode);
    if (skip.has(staffCode)) continue;
    const earliest = maxDate(LOA_FROM, post.startDate);
    if (rng.chance(share.trained)) {
      if (rng.chance(RENEWED_SHARE)) {
        const old = external2024(staffCode, rng.date('2024-01-20', '2024-11-10'));
        const from = maxDate(anniversary(old.expiresOn!, -BDTT_RENEWAL_WINDOW_MONTHS), earliest);
        const to = minDate(old.expiresOn!, LOA_TO);
        if (from <= to) {
          loaBdtt(staffCode, rng.date(from, to), old);
          continue;
        }
      }
      plainLoa.push(loaBdtt(staffCode, rng.date(minDate(earliest, LOA_TO), LOA_TO)));
    } else if (rng.chance(LAPSED_SHARE)) {
      external2024(staffCode, rng.date('2024-01-10', '2024-11-10'));
    } else if (rng.chance(PENDING_SHARE / (1 - LAPSED_SHARE))) {
      const [provider] = rng.pick(EXTERNAL_PROVIDERS);
      const issuedOn = rng.date('2026-06-01', '2026-11-10');
      add({
        staffCode,
        programmeCode: 'BDTT',
        issuedOn,
        expiresOn: lastValidDay(issuedOn, BDTT_VALIDITY_MONTHS),
        source: 'external',
        approval: 'pending',
        provider,
        ownNumber: null,
        result: 'Hoàn thành',
        renewsId: null,
      });
    }
  }
  const revocable = plainLoa.filter((c) => c.issuedOn <= addDaysFast(LOA_TO, -20));
  for (const certificate of rng.sample(revocable, REVOKED_COUNT)) {
    certificate.revokedOn = rng.date(addDaysFast(certificate.issuedOn, 10), LOA_TO);
    certificate.revocationReason = rng.pick(REVOCATION_REASONS);
  }

  const briefed = new Set<string>();
  for (const a of current) {
    if (briefed.has(a.staffCode)) continue;
    briefed.add(a.staffCode);
    if (!rng.chance(shareOf(a.unitCode).briefed)) continue;
    const online = rng.chance(BRIEFED_ONLINE_SHARE);
    add({
      staffCode: a.staffCode,
      programmeCode: 'QTNQ71',
      issuedOn: rng.date(minDate(maxDate(BRIEFINGS_FROM, a.startDate), LOA_TO), LOA_TO),
      expiresOn: null,
      source: online ? 'loa' : 'external',
      approval: 'approved',
      provider: online ? null : BRIEFING_PROVIDER,
      ownNumber: null,
      result: online ? 'Đạt' : 'Hoàn thành',
      renewsId: null,
    });
  }
  return planned;
}

/**
 * Numbers the plan: approved certificates without a number of their own take Loa's series of
 * their issue year in order of issue (then of plan), from `firstNo(year)`; pending ones hold
 * the placeholder the issuing service gives them.
 */
export function numberDemoCertificates(
  planned: readonly DemoCertificate[],
  firstNo: ReadonlyMap<number, number>,
): NumberedDemoCertificate[] {
  const order = planned
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.approval === 'approved' && c.ownNumber === null)
    .sort((x, y) =>
      x.c.issuedOn < y.c.issuedOn ? -1 : x.c.issuedOn > y.c.issuedOn ? 1 : x.index - y.index,
    );
  const next = new Map(firstNo);
  const series = new Map<string, { year: number; no: number }>();
  for (const { c } of order) {
    const year = Number(c.issuedOn.slice(0, 4));
    const no = next.get(year);
    if (no === undefined) throw new Error(`no series start for ${year}`);
    next.set(year, no + 1);
    series.set(c.id, { year, no });
  }
  return planned.map((c) => {
    const s = series.get(c.id);
    return {
      ...c,
      number: s ? loaNumber(s.no, s.year) : (c.ownNumber ?? pendingPlaceholder(c.id)),
      seriesYear: s?.year ?? null,
      seriesNo: s?.no ?? null,
    };
  });
}

/** How many series numbers each year needs. */
export function seriesCounts(planned: readonly DemoCertificate[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of planned) {
    if (c.approval !== 'approved' || c.ownNumber !== null) continue;
    const year = Number(c.issuedOn.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}
