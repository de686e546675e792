import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory';
import { readEnv } from '../../api/src/config/env';
import { CertificateIssuerService } from '../../api/src/modules/certificates/certificate-issuer.service';
import { storedPayload } from '../../api/src/modules/certificates/stored-payload';
import { createAccount } from '../../api/test/factories/accounts.factory';
import { createAssignment, createPerson } from '../../api/test/factories/people.factory';
import { unique } from '../../api/test/factories/unique';
import { createUnit } from '../../api/test/factories/units.factory';

const WEB_DIST = resolve(__dirname, '..', 'dist');
const SHOTS = process.env.LOA_SCREENSHOTS_DIR ?? join(tmpdir(), 'loa-screenshots');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
    page.setDefaultTimeout(20_000);
    return { context, page };
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `certificates-${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) {
      throw new Error(`Build the web app first (npx vite build): ${WEB_DIST} has no index.html`);
    }
    mkdirSync(SHOTS, { recursive: true });
    const api = await createApp(
      readEnv({ LOA_DEMO: 'false', LOA_WEB_DIST: WEB_DIST }),
      process.env.DATABASE_URL!,
      { logger: false },
    );
    app = api;
    await api.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await api.getUrl();

    const ds = api.get<DataSource>(getDataSourceToken());
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

    const issuer = api.get(CertificateIssuerService);
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

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
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
});
