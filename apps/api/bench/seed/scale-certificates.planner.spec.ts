import { createHash } from 'node:crypto';
import {
  isInRenewalWindow,
  lastValidDay,
  renewedLastValidDay,
} from '../../src/modules/certificates/certificate-dates';
import { loaNumber } from '../../src/modules/certificates/certificate-number';
import {
  BDTT_RENEWAL_WINDOW_MONTHS,
  BDTT_VALIDITY_MONTHS,
  planScaleCertificates,
  seriesCount,
  type OfficerPost,
} from './scale-certificates.planner';

const SEED = 42;
const officers: OfficerPost[] = Array.from({ length: 8_000 }, (_, i) => ({
  personId: `person-${i}`,
  fullName: `Nguyễn Văn ${i}`,
  dateOfBirth: '1980-05-01',
  unitId: `unit-${i % 700}`,
  province: `${10 + (i % 6)}`,
  branch: `commune-${i % 60}`,
  startDate: i % 10 === 0 ? '2026-06-01' : '2019-09-01',
}));
const plan = planScaleCertificates(officers, SEED, 1);
const loa = plan.filter((c) => c.source === 'loa');
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('planScaleCertificates', () => {
  it('is deterministic', () => {
    expect(digest(planScaleCertificates(officers, SEED, 1))).toBe(digest(plan));
  });

  it('trains roughly 60 % of the officers with Loa, unevenly between branches and provinces', () => {
    expect(loa.length / officers.length).toBeGreaterThan(0.5);
    expect(loa.length / officers.length).toBeLessThan(0.7);
    const trained = new Map<string, number>();
    for (const c of loa) trained.set(c.holder.branch, (trained.get(c.holder.branch) ?? 0) + 1);
    const shares = [...trained.values()].map((n) => n / (officers.length / 60));
    expect(Math.min(...shares)).toBeLessThan(0.5);
    expect(Math.max(...shares)).toBeGreaterThan(0.8);
    const byProvince = new Map<string, number>();
    for (const c of loa)
      byProvince.set(c.holder.province, (byProvince.get(c.holder.province) ?? 0) + 1);
    const provinceShares = [...byProvince.values()].map((n) => n / (officers.length / 6));
    expect(Math.max(...provinceShares) - Math.min(...provinceShares)).toBeGreaterThan(0.1);
  });

  it('numbers Loa certificates 1, 2, 3 … of 2026 in order of issue, without gap', () => {
    expect(seriesCount(plan)).toBe(loa.length);
    const byNumber = [...loa].sort((a, b) => a.seriesNo! - b.seriesNo!);
    const outOfOrder = byNumber.filter(
      (c, i) =>
        c.seriesNo !== i + 1 ||
        c.number !== loaNumber(i + 1, 2026) ||
        (i > 0 && c.issuedOn < byNumber[i - 1].issuedOn),
    );
    expect(outOfOrder).toEqual([]);
    const from500 = planScaleCertificates(officers, SEED, 500).filter((c) => c.source === 'loa');
    expect(Math.min(...from500.map((c) => c.seriesNo!))).toBe(500);
  });

  it('issues from 2026 on, never before the officer took the post, valid 24 months', () => {
    const wrong = loa.filter(
      (c) =>
        c.issuedOn < '2026-01-05' ||
        c.issuedOn > '2026-11-15' ||
        c.issuedOn < c.holder.startDate ||
        (!c.renewsId && c.expiresOn !== lastValidDay(c.issuedOn, BDTT_VALIDITY_MONTHS)),
    );
    expect(wrong).toEqual([]);
  });

  it('renews 2024 outside certificates within their window, continuing their validity', () => {
    const byId = new Map(plan.map((c) => [c.id, c]));
    const renewals = loa.filter((c) => c.renewsId);
    expect(renewals.length).toBeGreaterThan(80);
    const wrong = renewals.filter((renewal) => {
      const old = byId.get(renewal.renewsId!)!;
      return (
        old.source !== 'external' ||
        old.approval !== 'approved' ||
        old.holder !== renewal.holder ||
        !isInRenewalWindow(renewal.issuedOn, old.expiresOn, BDTT_RENEWAL_WINDOW_MONTHS) ||
        renewal.expiresOn !== renewedLastValidDay(old.expiresOn, BDTT_VALIDITY_MONTHS)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('revokes about 1 % of Loa certificates, after their issue, with a reason', () => {
    const revoked = loa.filter((c) => c.revokedOn);
    expect(revoked.length / loa.length).toBeGreaterThan(0.005);
    expect(revoked.length / loa.length).toBeLessThan(0.02);
    for (const c of revoked) {
      expect(c.revokedOn! > c.issuedOn).toBe(true);
      expect(c.revocationReason).toBeTruthy();
    }
  });

  it('gives outside certificates unique numbers of their own, pending ones the placeholder', () => {
    const numbers = plan.map((c) => c.number);
    expect(new Set(numbers).size).toBe(plan.length);
    const pending = plan.filter((c) => c.approval === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const c of pending) expect(c.number).toBe(`pending:${c.id}`);
  });
});
