import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createCertificate } from '../../api/test/factories/certificates.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit, CreatedUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

/** The web build to serve: apps/web/dist, or another build given by LOA_WEB_E2E_DIST. */
const AS_OF = '2026-11-20';
/** A directory to save screenshots of the dashboard into (at 1280 and 375 px), when given. */
const SCREENSHOTS = process.env.LOA_E2E_SCREENSHOTS;

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS)
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * The department opens the coverage dashboard on a small city of its own (two communes, a school
 * in each, five communication officers, two of them certified), drills down into a commune by a
 * click, sees its figure and its untrained officers, and exports the untrained list.
 */
describe('coverage journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  const suffix = unique('').slice(0, 6);
  let city: CreatedUnit;
  let communeA: CreatedUnit;
  let admin: { id: string; username: string; password: string };
  const untrainedInA = `Phạm Văn Chưa Học ${suffix}`;

  beforeAll(async () => {
    const api = await startJourneyApp();
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    city = await createUnit(ds, { kind: 'other', name: `Thành phố Thử ${suffix}` });
    communeA = await createUnit(ds, {
      kind: 'commune',
      parentCode: city.code,
      name: `Phường Lê Chân ${suffix}`,
    });
    const communeB = await createUnit(ds, {
      kind: 'commune',
      parentCode: city.code,
      name: `Xã Thuỷ Nguyên ${suffix}`,
    });
    const schoolA = await createUnit(ds, {
      kind: 'primary',
      parentCode: communeA.code,
      name: `Trường Tiểu học Lê Chân ${suffix}`,
    });
    const schoolB = await createUnit(ds, {
      kind: 'primary',
      parentCode: communeB.code,
      name: `Trường Tiểu học Thuỷ Nguyên ${suffix}`,
    });
    admin = await createAccount(ds, [{ role: 'department_admin' }]);
    const [course] = await ds.query(
      `INSERT INTO courses (code, title, owner_id, status) VALUES ($1, $2, $3, 'published')
       RETURNING id`,
      [`KH-${suffix}`, `Kỹ năng truyền thông ${suffix}`, admin.id],
    );
    const officer = async (unitId: string, fullName: string, certified: boolean) => {
      const person = await createPerson(ds, { fullName });
      if (fullName === untrainedInA) {
        await ds.query(
          `INSERT INTO enrolments (person_id, course_id, source, status, progress, due_on)
           VALUES ($1, $2, 'assignment', 'in_progress', 0.5, '2026-12-31')`,
          [person.id, course.id],
        );
      }
      await createAssignment(ds, { personId: person.id, unitId, communicationOfficer: true });
      if (certified) {
        await createCertificate(ds, {
          personId: person.id,
          programmeCode: 'BDTT',
          issuedOn: '2026-03-02',
          expiresOn: '2028-03-01',
        });
      }
    };
    // Commune A: 2 of 3 trained (66,7 %); commune B: 0 of 2; the city: 2 of 5 (40 %).
    await officer(schoolA.id, `Nguyễn Thị Đã Học ${suffix}`, true);
    await officer(schoolA.id, `Trần Văn Đã Học ${suffix}`, true);
    await officer(schoolA.id, untrainedInA, false);
    await officer(schoolB.id, `Lê Thị Chưa Học ${suffix}`, false);
    await officer(schoolB.id, `Vũ Văn Chưa Học ${suffix}`, false);

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

  it('shows the city, drills down into a commune and exports its untrained list', async () => {
    await page.goto(`${baseUrl}/coverage?unit=${city.code}&asOf=${AS_OF}`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('Tên đăng nhập').fill(admin.username);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    await page.waitForURL(new RegExp(`/coverage\\?unit=${city.code}`));
    const headline = page.getByRole('heading', { name: `Thành phố Thử ${suffix}`, level: 4 });
    await headline.waitFor();
    const cityCard = page.locator('.ant-card').filter({ has: headline });
    expect(await cityCard.textContent()).toContain('40%');
    expect(await cityCard.textContent()).toContain('Có nguy cơ');
    await page.getByTestId('trend-chart').waitFor();
    await screenshot(page, 'coverage-city-1280');

    await page
      .getByRole('button', { name: `Phường Lê Chân ${suffix}` })
      .first()
      .click();
    await page.waitForURL(new RegExp(`unit=${communeA.code}`));
    expect(page.url()).toContain(`asOf=${AS_OF}`);
    const communeHeadline = page.getByRole('heading', {
      name: `Phường Lê Chân ${suffix}`,
      level: 4,
    });
    await communeHeadline.waitFor();
    const communeCard = page.locator('.ant-card').filter({ has: communeHeadline });
    expect(await communeCard.textContent()).toContain('66,7%');
    // The breadcrumb leads back up to the department.
    await page.getByRole('link', { name: `Thành phố Thử ${suffix}` }).waitFor();

    const untrained = page.getByRole('row').filter({ hasText: untrainedInA });
    await untrained.waitFor();
    // What they are assigned and how far they got.
    expect(await untrained.textContent()).toContain(`Kỹ năng truyền thông ${suffix}`);
    expect(await untrained.textContent()).toContain('đang học 50%');
    expect(await page.getByRole('row').filter({ hasText: 'Đã Học' }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất danh sách chưa bồi dưỡng' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `chua-boi-duong-CBTT-${communeA.code}-20-11-2026.xlsx`,
    );
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    await page
      .getByRole('cell', { name: `Trường Tiểu học Lê Chân ${suffix}` })
      .first()
      .waitFor();
    await screenshot(page, 'coverage-commune-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'coverage-commune-375');
  });
});
