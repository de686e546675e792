import 'reflect-metadata';
import type { ReportPeriodView, UnitReportView } from '@loa/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createCertificate } from '../../api/test/factories/certificates.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

const SCREENSHOTS = process.env.LOA_SCREENSHOTS_DIR ?? join(tmpdir(), 'loa-screenshots');

const SECTIONS = {
  'Công việc đã triển khai': 'Tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW cho 45 cán bộ.',
  'Kết quả đạt được': 'Một nửa số cán bộ làm công tác truyền thông đã được bồi dưỡng.',
  'Khó khăn, vướng mắc': 'Trường tiểu học còn thiếu cán bộ truyền thông chuyên trách.',
  'Đề xuất, kiến nghị': 'Đề nghị Sở mở thêm lớp bồi dưỡng kỹ năng truyền thông trong quý IV.',
};

type Credentials = { username: string; password: string };

/**
 * A unit manager opens the period's report for their commune, sees the figures Loa filled in,
 * writes the four sections and submits: the report is frozen with its content hash. The
 * department sees the commune as submitted, accepts it, and the manager sees it accepted. The
 * real web build, the real API, a real PostgreSQL (started by e2e/global-setup.ts).
 */
describe('periodic report journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let baseUrl: string;
  let period: ReportPeriodView;
  const suffix = unique('').slice(0, 6);
  const commune = { name: `Phường Lê Chân ${suffix}` };
  let manager: Credentials;
  let admin: Credentials;
  let dataSource: DataSource;

  async function signIn(context: BrowserContext, path: string, who: Credentials): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('Tên đăng nhập').fill(who.username);
    await page.getByLabel('Mật khẩu').fill(who.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === path.split('?')[0]);
    return page;
  }

  /** A JSON call to the API as the given person (test setup, not what is being tested). */
  async function apiAs<T>(who: Credentials, method: string, path: string, body?: unknown) {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: who.username, password: who.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  const newContext = (width: number) =>
    browser!.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const api = await startJourneyApp();
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    const unit = await createUnit(ds, { kind: 'commune', name: commune.name });
    const school = await createUnit(ds, {
      kind: 'primary',
      name: `Trường Tiểu học Dư Hàng ${suffix}`,
      parentCode: unit.code,
    });
    // Two communication officers at the school since 2020, one certified in the period.
    for (const certified of [true, false]) {
      const person = await createPerson(ds);
      await createAssignment(ds, {
        personId: person.id,
        unitId: school.id,
        communicationOfficer: true,
        startDate: '2020-09-01',
      });
      if (certified) {
        await createCertificate(ds, {
          personId: person.id,
          programmeCode: 'BDTT',
          issuedOn: '2026-03-02',
        });
      }
    }
    manager = await createAccount(ds, [{ role: 'unit_manager', unitId: unit.id }]);
    admin = await createAccount(ds, [{ role: 'department_admin' }]);

    // The department's period: only communes report, due after today.
    period = await apiAs<ReportPeriodView>(admin, 'POST', '/report-periods', {
      kind: 'half_year',
      year: 2026,
      code: unique('RP'),
      title: `6 tháng đầu năm 2026 (${suffix})`,
      dueOn: '2099-12-31',
      requiredUnitKinds: ['commune'],
    });
    dataSource = ds;

    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
  }, 60_000);

  it('the manager writes and submits the report, the department accepts it', async () => {
    const managerContext = await newContext(1280);
    const page = await signIn(managerContext, '/reports', manager);

    // The period with the commune's report not started yet.
    const card = page.getByTestId('my-report-period').filter({ hasText: period.title });
    await card.waitFor();
    expect(await card.textContent()).toContain('Số liệu tính đến ngày 14/06/2026');
    const item = card.getByRole('listitem').filter({ hasText: commune.name });
    expect(await item.getByTestId('report-status').textContent()).toBe('Chưa lập');
    await item.getByRole('button', { name: 'Lập báo cáo' }).click();

    // The report: the administrative heading and the figures as of the cut-off.
    await page.waitForURL(new RegExp(`/reports/${period.id}/`));
    const header = page.getByTestId('report-header');
    await header.waitFor();
    const headerText = await header.textContent();
    expect(headerText).toContain(commune.name.toLocaleUpperCase('vi'));
    expect(headerText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(headerText).toContain('Độc lập - Tự do - Hạnh phúc');
    const figures = page.getByTestId('report-figures');
    const cbtt = figures.getByRole('row').filter({ hasText: 'CBTT' }).first();
    const cells = await cbtt.getByRole('cell').allTextContents();
    // Target, threshold, population 2, trained 1, coverage 50 %, status, gap 0, trained in period 1.
    expect(cells[2]).toBe('2');
    expect(cells[3]).toBe('1');
    expect(cells[4]).toMatch(/^50\s?%$/);
    expect(cells[7]).toBe('1');

    // The four sections and the signer, saved.
    for (const [label, text] of Object.entries(SECTIONS)) {
      await page.getByLabel(label).fill(text);
    }
    await page.getByLabel('Chức vụ người ký').fill('Chủ tịch');
    await page.getByLabel('Họ và tên người ký').fill('Phạm Thị Thu Hà');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByTestId('narrative-save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'report-draft-1280.png'), fullPage: true });

    // Submitting asks for confirmation, then the report is frozen with its hash.
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Sau khi nộp, báo cáo được khoá' });
    await confirm.getByRole('button', { name: 'Nộp báo cáo' }).click();
    const frozen = page.getByTestId('report-frozen');
    await frozen.waitFor();
    expect(await frozen.textContent()).toContain('Đã nộp lúc');
    expect(await page.getByTestId('content-hash').first().textContent()).toMatch(/^[0-9a-f]{64}/);
    expect(await page.getByLabel('Công việc đã triển khai').count()).toBe(0); // read-only now
    expect(await page.getByTestId('narrative-done').textContent()).toBe(
      SECTIONS['Công việc đã triển khai'],
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'report-submitted-1280.png'), fullPage: true });
    // The document downloads with the session's token.
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);

    // The department sees the commune submitted and accepts the report.
    const adminContext = await newContext(1280);
    const adminPage = await signIn(adminContext, `/reports?period=${period.id}`, admin);
    const monitor = adminPage.getByTestId('period-monitor');
    await monitor.waitFor();
    const row = monitor.getByRole('row').filter({ hasText: commune.name });
    await row.waitFor();
    expect(await row.getByTestId('report-status').textContent()).toBe('Đã nộp');
    await adminPage.screenshot({
      path: join(SCREENSHOTS, 'reports-monitor-1280.png'),
      fullPage: true,
    });
    // A new period gets the Decree 09/2019 defaults for its kind and year.
    await adminPage.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
    const form = adminPage.getByRole('dialog').filter({ hasText: 'Tạo kỳ báo cáo' });
    await form.getByText('Cả năm', { exact: true }).click();
    await form.getByRole('spinbutton', { name: 'Năm' }).fill('2031');
    expect(await form.getByLabel('Tên kỳ báo cáo').inputValue()).toBe('năm 2031');
    expect(await form.getByLabel('Ngày chốt số liệu').inputValue()).toBe('14/12/2031');
    expect(await form.getByLabel('Hạn nộp').inputValue()).toBe('20/12/2031');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await adminPage.getByRole('row').filter({ hasText: 'năm 2031' }).waitFor();
    expect(
      await adminPage.getByRole('row').filter({ hasText: 'năm 2031' }).textContent(),
    ).toContain('14/12/2031');

    await row.getByRole('button', { name: 'Chấp nhận' }).click();
    await adminPage.locator('.ant-popconfirm').getByRole('button', { name: 'Chấp nhận' }).click();
    await row.getByTestId('report-status').filter({ hasText: 'Đã được chấp nhận' }).waitFor();

    // The manager sees it accepted, on a phone too.
    const phone = await newContext(375);
    const phonePage = await signIn(phone, '/reports', manager);
    const acceptedItem = phonePage
      .getByTestId('my-report-period')
      .filter({ hasText: period.title })
      .getByRole('listitem')
      .filter({ hasText: commune.name });
    await acceptedItem
      .getByTestId('report-status')
      .filter({ hasText: 'Đã được chấp nhận' })
      .waitFor();
    await phonePage.screenshot({
      path: join(SCREENSHOTS, 'reports-manager-375.png'),
      fullPage: true,
    });
    await acceptedItem.getByRole('button', { name: 'Mở báo cáo' }).click();
    await phonePage.getByTestId('report-frozen').filter({ hasText: 'Đã được chấp nhận' }).waitFor();
    await phonePage.screenshot({
      path: join(SCREENSHOTS, 'report-accepted-375.png'),
      fullPage: true,
    });
  });

  it('a returned report shows the comment and is resubmitted as version 2', async () => {
    const name = `Xã An Lão ${suffix}`;
    const unit = await createUnit(dataSource, { kind: 'commune', name });
    const ownManager = await createAccount(dataSource, [{ role: 'unit_manager', unitId: unit.id }]);
    // Version 1 written and submitted through the API, returned by the department.
    const opened = await apiAs<UnitReportView>(
      ownManager,
      'GET',
      `/unit-reports/current?period=${period.id}&unit=${unit.code}`,
    );
    await apiAs(ownManager, 'PUT', `/unit-reports/${opened.id}/narrative`, {
      done: 'Phiên bản đầu.',
      results: 'Chưa có số liệu.',
      difficulties: 'Không có.',
      proposals: 'Không có.',
      signerTitle: 'Chủ tịch',
      signerName: 'Vũ Văn Nam',
    });
    await apiAs(ownManager, 'POST', `/unit-reports/${opened.id}/submit`);

    const adminPage = await signIn(await newContext(1280), `/reports?period=${period.id}`, admin);
    const row = adminPage.getByTestId('period-monitor').getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: 'Trả lại' }).click();
    const dialog = adminPage.getByRole('dialog').filter({ hasText: 'Trả lại báo cáo của' });
    await dialog.getByLabel(/Ý kiến của Sở/).fill('Bổ sung số hội nghị đã tổ chức.');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await row.getByTestId('report-status').filter({ hasText: 'Bị trả lại' }).waitFor();

    // The manager sees the return and its comment, revises and submits version 2.
    const page = await signIn(await newContext(1280), '/reports', ownManager);
    const item = page
      .getByTestId('my-report-period')
      .filter({ hasText: period.title })
      .getByRole('listitem')
      .filter({ hasText: name });
    await item.getByTestId('report-status').filter({ hasText: 'Bị trả lại' }).waitFor();
    expect(await item.getByTestId('review-comment').textContent()).toBe(
      'Bổ sung số hội nghị đã tổ chức.',
    );
    await item.getByRole('button', { name: 'Mở báo cáo' }).click();
    const returned = page.getByTestId('report-returned');
    await returned.waitFor();
    expect(await returned.textContent()).toContain('Bổ sung số hội nghị đã tổ chức.');
    expect(await returned.textContent()).toContain('phiên bản 2');
    await page.getByLabel('Công việc đã triển khai').fill('Tổ chức 3 hội nghị quán triệt.');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: 'Sau khi nộp, báo cáo được khoá' })
      .getByRole('button', { name: 'Nộp báo cáo' })
      .click();
    await page.getByTestId('report-frozen').waitFor();
    expect(await page.getByTestId('narrative-done').textContent()).toBe(
      'Tổ chức 3 hội nghị quán triệt.',
    );
    const versions = page.getByTestId('report-versions');
    expect(await versions.textContent()).toMatch(/Phiên bản 2\s*Đã nộp/);
    expect(await versions.textContent()).toMatch(
      /Phiên bản 1\s*Bị trả lại.*Bổ sung số hội nghị đã tổ chức\./,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'report-version-2-1280.png'), fullPage: true });
  });
});
