import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Browser, Page } from 'playwright-core';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

/**
 * A department administrator signs in, opens the organisation tree, finds a school by
 * name and sees its roster: the real web build, the real API, a real PostgreSQL (started by
 * e2e/global-setup.ts and stopped by e2e/global-teardown.ts).
 */
describe('roster journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  const suffix = unique('').slice(0, 6);
  const school = { code: unique('TH'), name: `Trường Tiểu học Cát Bi ${suffix}` };
  const person = { fullName: 'Nguyễn Thị Hải Yến', dateOfBirth: '1988-03-07', shown: '07/03/1988' };
  let admin: { username: string; password: string };

  beforeAll(async () => {
    const api = await startJourneyApp();
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    const commune = await createUnit(ds, { kind: 'commune', name: `Phường Hải An ${suffix}` });
    await createUnit(ds, { ...school, kind: 'primary', parentCode: commune.code });
    const schoolId = (await ds.query('SELECT id FROM units WHERE code = $1', [school.code]))[0].id;
    const yen = await createPerson(ds, {
      fullName: person.fullName,
      dateOfBirth: person.dateOfBirth,
    });
    await createAssignment(ds, {
      personId: yen.id,
      unitId: schoolId,
      communicationOfficer: true,
      position: 'Giáo viên',
      startDate: '2020-09-01',
    });
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

  it('signs in, finds a school in the tree by name and shows its roster', async () => {
    await page.goto(`${baseUrl}/units`);
    await page.waitForURL(/\/login\?from=/);
    expect(await page.title()).toBe('Loa — Bồi dưỡng cán bộ truyền thông ngành giáo dục');

    await page.getByLabel('Tên đăng nhập').fill(admin.username);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // Back where the user was going: the organisation tree, starting at the department.
    await page.waitForURL(/\/units$/);
    const tree = page.getByRole('tree');
    await tree.getByTitle('Sở Giáo dục và Đào tạo', { exact: true }).waitFor();
    // Children load when a node is opened.
    await tree
      .getByRole('treeitem')
      .filter({ hasText: 'Sở Giáo dục và Đào tạo' })
      .locator('.ant-tree-switcher')
      .click();
    await tree.getByTitle(`Phường Hải An ${suffix}`, { exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Tìm đơn vị' }).fill(`Cát Bi ${suffix}`);
    const hit = page.getByTestId('unit-search-hit').filter({ hasText: school.name });
    await hit.waitFor();
    expect(await hit.textContent()).toContain(`Phường Hải An ${suffix}`); // the path is shown
    await hit.click();

    await page.waitForURL(new RegExp(`/units/${school.code}$`));
    await page.getByRole('heading', { name: school.name }).waitFor();
    const row = page.getByRole('row').filter({ hasText: person.fullName });
    await row.waitFor();
    expect(await row.textContent()).toContain(person.shown);
    expect(await row.getByRole('cell', { name: person.shown, exact: true }).count()).toBe(1);
    expect(await row.textContent()).toContain('CBTT');
  });
});
