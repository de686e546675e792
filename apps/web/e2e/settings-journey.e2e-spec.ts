import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createTarget } from '../../api/test/factories/reference.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

/**
 * A department administrator opens /settings, raises a test target's threshold from 70% to
 * 85% and sees the new threshold in the table and the change in the target's history.
 * The target is the test's own (never CBTT/NQ71, which other tests read).
 */
describe('settings journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  let ds: DataSource;
  let targetCode: string;
  let admin: { username: string; password: string };

  beforeAll(async () => {
    const api = await startJourneyApp();
    app = api.app;
    baseUrl = api.baseUrl;
    ds = api.ds;
    targetCode = (await createTarget(ds, { thresholdBp: 7000 })).targetCode;
    admin = await createAccount(ds, [{ role: 'department_admin' }]);

    browser = await launchChromium();
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
  }, 60_000);

  it('changes a target’s threshold and shows the change in its history', async () => {
    await page.goto(`${baseUrl}/settings`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('Tên đăng nhập').fill(admin.username);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/settings$/);

    const row = page.getByRole('row').filter({ hasText: targetCode });
    await row.getByText('01/01/2026 – 31/12/2030: 70%').waitFor();
    expect(await row.textContent()).toContain('Cán bộ làm công tác truyền thông');
    await row.getByRole('button', { name: 'Sửa' }).click();

    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('Chưa có thay đổi nào').waitFor();
    const threshold = drawer.getByLabel('Ngưỡng (%)');
    await threshold.fill('85');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await row.getByText('01/01/2026 – 31/12/2030: 85%').waitFor();
    const [stored] = await ds.query(
      `SELECT tp.threshold_bp FROM target_periods tp JOIN targets t ON t.id = tp.target_id WHERE t.code = $1`,
      [targetCode],
    );
    expect(stored.threshold_bp).toBe(8500);

    await row.getByRole('button', { name: 'Sửa' }).click();
    const history = page.getByTestId('change-history');
    await history.waitFor();
    const text = await history.textContent();
    expect(text).toContain(admin.username);
    expect(text).toContain('01/01/2026 – 31/12/2030: 70% → 01/01/2026 – 31/12/2030: 85%');
  }, 120_000);
});
