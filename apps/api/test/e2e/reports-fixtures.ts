import type { ReportNarrative, ReportPeriodView, UnitReportView } from '@loa/contracts';
import type { TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { createCertificate } from '../factories/certificates.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';
import { createBranches } from '../factories/units.factory';

export const NARRATIVE: ReportNarrative = {
  done: 'Tổ chức 2 hội nghị quán triệt Nghị quyết số 71-NQ/TW.\nĐăng 15 tin bài trên trang thông tin điện tử.',
  results: '100% cán bộ, giáo viên được phổ biến.',
  difficulties: 'Một số trường thiếu cán bộ làm công tác truyền thông chuyên trách.',
  proposals: 'Đề nghị Sở tổ chức thêm lớp bồi dưỡng kỹ năng truyền thông.',
  signerTitle: 'Chủ tịch',
  signerName: 'Trần Văn Ký',
};

export type Http = ReturnType<TestApp['http']>;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A period of its own (unique code) with the half-year defaults unless told otherwise. */
export async function createPeriod(
  t: TestApp,
  admin: string,
  body: Record<string, unknown> = {},
): Promise<ReportPeriodView> {
  const response = await t
    .http()
    .post('/api/report-periods')
    .set(bearer(admin))
    .send({ kind: 'half_year', year: 2026, code: unique('RP'), ...body });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}

/**
 * Two communes (own, sibling) with a school each; at own's school two communication officers
 * from 2020, one certified BDTT on 01/03/2026 (inside the 2026 half-year), and managers.
 */
export async function reportingBranches(t: TestApp) {
  const branches = await createBranches(t.dataSource);
  const officers = [];
  for (let i = 0; i < 2; i++) {
    const person = await createPerson(t.dataSource);
    await createAssignment(t.dataSource, {
      personId: person.id,
      unitId: branches.child.id,
      communicationOfficer: true,
    });
    officers.push(person);
  }
  await createCertificate(t.dataSource, {
    personId: officers[0].id,
    programmeCode: 'BDTT',
    issuedOn: '2026-03-01',
  });
  const manager = (await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }])).token;
  const siblingManager = (
    await signedIn(t, [{ role: 'unit_manager', unitId: branches.sibling.id }])
  ).token;
  return { ...branches, officers, manager, siblingManager };
}

/** Opens the unit's report and writes the narrative: the draft, ready to submit. */
export async function writtenDraft(
  t: TestApp,
  token: string,
  periodCode: string,
  unitCode: string,
): Promise<UnitReportView> {
  const opened = await t
    .http()
    .get('/api/unit-reports/current')
    .query({ period: periodCode, unit: unitCode })
    .set(bearer(token));
  if (opened.status !== 200) throw new Error(JSON.stringify(opened.body));
  const written = await t
    .http()
    .put(`/api/unit-reports/${opened.body.id}/narrative`)
    .set(bearer(token))
    .send(NARRATIVE);
  if (written.status !== 200) throw new Error(JSON.stringify(written.body));
  return written.body;
}

export async function submitted(
  t: TestApp,
  token: string,
  periodCode: string,
  unitCode: string,
): Promise<UnitReportView> {
  const draft = await writtenDraft(t, token, periodCode, unitCode);
  const response = await t.http().post(`/api/unit-reports/${draft.id}/submit`).set(bearer(token));
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}
