import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { CertificateIssuerService } from '../../api/src/modules/certificates/certificate-issuer.service';
import { storedPayload } from '../../api/src/modules/certificates/stored-payload';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit } from '../../api/test/factories/units.factory';
import { launchChromium, startJourneyApp } from './support/journey-app';

const SHOTS = process.env.LOA_SCREENSHOTS_DIR ?? join(tmpdir(), 'loa-screenshots');

/**
 * A learner downloads the certificate Loa issued them; a visitor, without an account, checks
 * it by number, then by its QR code (image and pasted text), and a payload with one changed
 * letter fails the signature check done in the browser.
 */
describe('certificates journey (browser)', () => {
  let app: NestFastifyApplication | undefined;
  let browser: Browser | undefined;
  let baseUrl: string;
  const suffix = unique('').slice(0, 6);
  const holder = { fullName: 'Phạm Thị Thu Hường', dateOfBirth: '1990-11-02' };
  let learner: { username: string; password: string };
  let admin: { username: string; password: string };
  let communeCode: string;
  let manager: { username: string; password: string };
  let staffCode: string;
  let number: string;
  let payload: string;

  const newPage = async (
    width: number,
    height = 900,
  ): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser!.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width, height },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000); // the machine is shared: generous, not a sleep
    return { context, page };
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `certificates-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const api = await startJourneyApp({
      // Bulk ZIPs are written here, not into the checkout.
      LOA_DATA_DIR: mkdtempSync(join(tmpdir(), 'loa-web-certificates-')),
    });
    app = api.app;
    baseUrl = api.baseUrl;

    const ds = api.ds;
    const commune = await createUnit(ds, { kind: 'commune', name: `Phường Lê Chân ${suffix}` });
    const school = await createUnit(ds, {
      kind: 'primary',
      name: `Trường Tiểu học Dư Hàng ${suffix}`,
      parentCode: commune.code,
    });
    const schoolId = (await ds.query('SELECT id FROM units WHERE code = $1', [school.code]))[0].id;
    const person = await createPerson(ds, holder);
    await createAssignment(ds, {
      personId: person.id,
      unitId: schoolId,
      communicationOfficer: true,
      position: 'Giáo viên',
      startDate: '2020-09-01',
    });
    learner = await createAccount(ds, [{ role: 'learner' }], { personId: person.id });
    admin = await createAccount(ds, [{ role: 'department_admin' }]);
    communeCode = commune.code;
    manager = await createAccount(ds, [{ role: 'unit_manager', unitId: commune.id }]);
    staffCode = person.staffCode;

    const issuer = api.app.get(CertificateIssuerService);
    const certificate = await ds.transaction((manager) =>
      issuer.issue(manager, {
        personId: person.id,
        programmeCode: 'BDTT',
        issuedOn: '2026-03-15',
        source: 'loa',
        approval: 'approved',
        createdBy: null,
      }),
    );
    number = certificate.number;
    payload = storedPayload(certificate, 'BDTT')!;
    expect(payload).toContain(holder.fullName);

    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
  }, 60_000);

  it('lets the learner see and download their certificate as PDF, then sign out', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${baseUrl}/certificates`);
    await page.waitForURL(/\/login\?from=/);
    await page.getByLabel('Tên đăng nhập').fill(learner.username);
    await page.getByLabel('Mật khẩu').fill(learner.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/certificates$/);

    const row = page.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Còn hiệu lực');
    expect(text).toContain('15/03/2026');
    expect(text).toContain('14/03/2028'); // valid 24 months: through the day before
    expect(text).toContain('Loa');
    await shot(page, 'mine-1280');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Tải PDF giấy chứng nhận số ${number}` }).click(),
    ]);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByText(number).first().waitFor();
    await shot(page, 'mine-375');

    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it('lets a visitor without an account verify the certificate by its number', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${baseUrl}/xac-minh`);
    await page.getByRole('heading', { name: 'Xác minh giấy chứng nhận' }).waitFor();
    await page.getByLabel('Số hiệu giấy chứng nhận').fill(number);
    await page.getByRole('button', { name: 'Tra cứu' }).click();

    const status = page.getByTestId('verification-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('Còn hiệu lực');
    expect(await status.textContent()).toContain('14/03/2028');
    const content = page.getByTestId('certificate-content');
    expect(await content.textContent()).toContain(holder.fullName);
    expect(await content.textContent()).toContain('**/**/1990'); // the date of birth is masked
    expect(await content.textContent()).not.toContain('02/11/1990');
    expect(page.url()).toContain(`/xac-minh/${encodeURIComponent(number)}`);
    await shot(page, 'verify-number-1280');

    // The address is shareable: opened afresh on a phone it gives the same answer.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByTestId('verification-status').waitFor();
    expect(await page.getByTestId('verification-status').textContent()).toContain('Còn hiệu lực');
    await shot(page, 'verify-number-375');

    await page.getByLabel('Số hiệu giấy chứng nhận').fill(`${number}9`);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('verification-status').filter({ hasText: 'Không tìm thấy' }).waitFor();
    await context.close();
  });

  it('reads the QR code from an image and checks its signature in the browser', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${baseUrl}/xac-minh`);
    await page.getByRole('tab', { name: 'Quét mã QR' }).click();
    const url = `${baseUrl}/xac-minh/${encodeURIComponent(number)}#${encodeURIComponent(payload)}`;
    const image = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, width: 600 });
    await page.locator('input[type=file][accept="image/*"]').setInputFiles({
      name: 'qr.png',
      mimeType: 'image/png',
      buffer: image,
    });
    const signature = page.getByTestId('signature-status');
    await signature.filter({ hasText: 'Chữ ký hợp lệ' }).waitFor();
    expect(await page.getByLabel('Hoặc dán nội dung mã QR').inputValue()).toBe(payload);
    expect(await page.getByTestId('verification-status').textContent()).toContain('Còn hiệu lực');
    // The public keys are kept for checking offline later.
    expect(
      await page.evaluate<string | null>("localStorage.getItem('loa.certificateKeys')"),
    ).toContain('Ed25519');
    await shot(page, 'verify-qr-1280');

    // Offline afterwards: the kept keys still check the signature; the live status cannot be had.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Kiểm tra chữ ký' }).click();
    await signature.filter({ hasText: 'đang không có mạng' }).waitFor();
    expect(await signature.textContent()).toContain('Chữ ký hợp lệ');
    await page.getByText('Chưa kiểm tra được tình trạng hiện tại').waitFor();
    await context.setOffline(false);

    // A phone's camera app opens the QR address itself: the page checks the payload it carries.
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByTestId('signature-status').filter({ hasText: 'Chữ ký hợp lệ' }).waitFor();
    expect(await page.getByTestId('verification-status').textContent()).toContain('Còn hiệu lực');
    await context.close();
  });

  it('rejects a pasted payload with one changed letter', async () => {
    const { context, page } = await newPage(375, 800);
    await page.goto(`${baseUrl}/xac-minh`);
    await page.getByRole('tab', { name: 'Quét mã QR' }).click();
    const forged = payload.replace('Hường', 'Hương');
    expect(forged).not.toBe(payload);
    await page.getByLabel('Hoặc dán nội dung mã QR').fill(forged);
    await page.getByRole('button', { name: 'Kiểm tra chữ ký' }).click();

    const signature = page.getByTestId('signature-status');
    await signature.waitFor();
    expect(await signature.textContent()).toContain(
      'Chữ ký KHÔNG hợp lệ — giấy chứng nhận có thể đã bị sửa',
    );
    // A forged code gets no "valid" status from the register, only its unconfirmed claims.
    expect(await page.getByTestId('verification-status').count()).toBe(0);
    expect(await page.getByText('KHÔNG được xác nhận').count()).toBe(1);
    await shot(page, 'verify-forged-375');
    await context.close();
  });

  it('lets the department find it in the registry, export it, zip it, correct and revoke it', async () => {
    const { context, page } = await newPage(1280);
    await page.goto(`${baseUrl}/login?from=/certificates`);
    await page.getByLabel('Tên đăng nhập').fill(admin.username);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/certificates$/);
    await page.getByRole('tab', { name: 'Sổ cấp giấy chứng nhận' }).click();

    await page.locator('#registry-unit').fill(`Lê Chân ${suffix}`);
    await page.locator('.ant-select-item-option').filter({ hasText: communeCode }).click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    expect(await row.textContent()).toContain(holder.fullName);
    expect(await page.getByText('1 giấy chứng nhận').count()).toBe(1);
    await shot(page, 'registry-1280');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Tải tất cả (ZIP)' }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/\.zip$/);
    expect(
      readFileSync((await zip.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await page.getByText('Đã tạo xong tệp ZIP (1 giấy chứng nhận)').waitFor();

    // A misspelt name: reissued under a new number, the old one marked replaced.
    await row.getByRole('button', { name: `Thao tác khác với giấy số ${number}` }).click();
    await page.getByRole('menuitem', { name: 'Đính chính…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Phạm Thị Thu Hằng');
    await dialog.getByRole('button', { name: 'Cấp lại' }).click();
    const done = dialog.getByText(/^Đã cấp lại giấy chứng nhận số /);
    await done.waitFor();
    const corrected = (await done.textContent())!.replace('Đã cấp lại giấy chứng nhận số ', '');
    expect(corrected).not.toBe(number);
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    const rowOf = (n: string) =>
      page.getByRole('row').filter({ has: page.getByText(n, { exact: true }) });
    await rowOf(number).filter({ hasText: 'Đã thay thế' }).waitFor();
    expect(await rowOf(corrected).textContent()).toContain('Phạm Thị Thu Hằng');

    await rowOf(corrected)
      .getByRole('button', { name: `Thao tác khác với giấy số ${corrected}` })
      .click();
    await page.getByRole('menuitem', { name: 'Thu hồi…' }).click();
    await dialog.getByLabel('Lý do thu hồi').fill('Cấp nhầm người');
    await dialog.getByRole('button', { name: 'Thu hồi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await rowOf(corrected).filter({ hasText: 'Đã thu hồi' }).waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await rowOf(corrected).waitFor();
    await shot(page, 'registry-375');
    await context.close();

    const visitor = await newPage(375, 800);
    await visitor.page.goto(`${baseUrl}/xac-minh/${encodeURIComponent(corrected)}`);
    const status = visitor.page.getByTestId('verification-status');
    await status.filter({ hasText: 'Đã thu hồi' }).waitFor();
    expect(await status.textContent()).toContain('Lý do: Cấp nhầm người');
    await shot(visitor.page, 'verify-revoked-375');
    // The original answers that it was replaced, and by which number.
    await visitor.page.getByLabel('Số hiệu giấy chứng nhận').fill(number);
    await visitor.page.getByRole('button', { name: 'Tra cứu' }).click();
    await status.filter({ hasText: `thay thế bằng giấy số ${corrected}` }).waitFor();
    await visitor.context.close();
  });

  it('takes external training from a unit manager and the department approves it', async () => {
    const { context, page } = await newPage(1280);
    const signIn = async (account: { username: string; password: string }) => {
      await page.goto(`${baseUrl}/login?from=/certificates`);
      await page.getByLabel('Tên đăng nhập').fill(account.username);
      await page.getByLabel('Mật khẩu').fill(account.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/certificates$/);
    };
    await signIn(manager);
    await page.getByRole('button', { name: 'Nhập kết quả đào tạo bên ngoài' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Kết quả do đơn vị gửi sẽ chờ Sở duyệt').first().waitFor();
    const csv =
      '\uFEFFMã cán bộ,Mã chương trình,Ngày cấp,Ngày hết hạn,Số hiệu,Đơn vị đào tạo\r\n' +
      `${staffCode},QTNQ71,01/10/2026,,,Trường Chính trị Tô Hiệu\r\n`;
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ket-qua.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await dialog.getByText('Tệp ket-qua.csv hợp lệ').waitFor();
    await shot(page, 'import-preview-1280');
    await dialog.getByRole('button', { name: 'Ghi 1 kết quả' }).click();
    await dialog.getByText('Đã ghi 1 kết quả đào tạo').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    // A manager has no approval tab; the record waits.
    expect(await page.getByRole('tab', { name: 'Chờ duyệt' }).count()).toBe(0);
    await context.clearCookies();

    await signIn(admin);
    await page.getByRole('tab', { name: 'Chờ duyệt' }).click();
    const row = page.getByRole('row').filter({ hasText: staffCode });
    await row.waitFor();
    expect(await row.textContent()).toContain('Trường Chính trị Tô Hiệu');
    expect(await row.textContent()).toContain('01/10/2026');
    await shot(page, 'pending-1280');
    await row.getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText(/Đã duyệt, giấy chứng nhận số/).waitFor();
    await row.waitFor({ state: 'detached' });
    await context.close();
  });

  it('answers a visitor who checks too often with a friendly message', async () => {
    // The limit is per client address and this app's own: spend it from the same address.
    for (let i = 0; i < 31; i++) {
      await fetch(`${baseUrl}/api/certificates/${encodeURIComponent(`KHONG-CO-${i}`)}/verify`);
    }
    const { context, page } = await newPage(375, 800);
    await page.goto(`${baseUrl}/xac-minh/${encodeURIComponent(number)}`);
    await page.getByText('Bạn đã tra cứu quá nhiều lần trong thời gian ngắn').waitFor();
    expect(await page.getByTestId('verification-status').count()).toBe(0);
    await context.close();
  });
});
