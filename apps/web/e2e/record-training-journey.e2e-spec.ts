import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { createUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

const EVIDENCE = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/**
 * A unit manager records one training done elsewhere with its evidence file; the department
 * sees it waiting, with a link to the evidence. Real web build, real API, real PostgreSQL.
 */
describe('record one external training (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  let staffCode: string;
  let manager: { username: string; password: string };
  let admin: { username: string; password: string };

  beforeAll(async () => {
    const api = await startJourneyApp({
      LOA_DATA_DIR: mkdtempSync(join(tmpdir(), 'loa-web-record-training-')),
    });
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    const school = await createUnit(ds, { kind: 'primary' });
    const officer = await createPerson(ds, { fullName: 'Đỗ Thị Minh Thư' });
    staffCode = officer.staffCode;
    await createAssignment(ds, {
      personId: officer.id,
      unitId: school.id,
      communicationOfficer: true,
    });
    manager = await createAccount(ds, [{ role: 'unit_manager', unitId: school.id }]);
    admin = await createAccount(ds, [{ role: 'department_admin' }]);

    browser = await launchChromium();
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
  }, 60_000);

  const signIn = async (account: { username: string; password: string }) => {
    await page.goto(`${baseUrl}/login?from=/certificates`);
    await page.getByLabel('Tên đăng nhập').fill(account.username);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/certificates$/);
  };

  it('sends a manager’s record for approval and lets the department open its evidence', async () => {
    await signIn(manager);
    await page.getByRole('button', { name: 'Ghi nhận một kết quả đào tạo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã cán bộ').fill(staffCode);
    await dialog.getByLabel('Chương trình').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'BDTT' }).click();
    await dialog.getByLabel('Ngày cấp').fill('15/03/2026');
    await dialog.getByLabel('Ngày cấp').press('Enter');
    await dialog.getByLabel('Đơn vị đào tạo').fill('Trường Chính trị Tô Hiệu');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'giay-chung-nhan.pdf',
      mimeType: 'application/pdf',
      buffer: EVIDENCE,
    });
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await dialog.getByText('Đã gửi, đang chờ Sở duyệt').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    await page.context().clearCookies();

    await signIn(admin);
    await page.getByRole('tab', { name: 'Chờ duyệt' }).click();
    const row = page.getByRole('row').filter({ hasText: staffCode });
    await row.waitFor();
    expect(await row.textContent()).toContain('15/03/2026');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Minh chứng' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('giay-chung-nhan.pdf');
    expect(readFileSync((await download.path())!)).toEqual(EVIDENCE);
  });
});
