import { createTestApp, TestApp } from '../create-test-app';
import { createAccount, loginAs, TEST_PASSWORD } from '../factories/accounts.factory';

const refreshCookieOf = (response: { headers: Record<string, unknown> }): string => {
  const cookies = ([] as string[]).concat(
    (response.headers['set-cookie'] as string[] | string | undefined) ?? [],
  );
  const cookie = cookies.find((c) => c.startsWith('loa_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.split(';')[0];
};

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOA_TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('logs in with username and password and returns a token, the user and an httpOnly refresh cookie', async () => {
    const account = await createAccount(t.dataSource, [{ role: 'department_admin' }]);
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(typeof response.body.accessToken).toBe('string');
    expect(response.body.user).toMatchObject({
      username: account.username,
      grants: [{ role: 'department_admin', unit: { code: 'SGDDT' } }],
    });
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((c) => c.startsWith('loa_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(account.username);
  });

  it('refuses a wrong password with a Vietnamese message and no token', async () => {
    const account = await createAccount(t.dataSource);
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: 'sai-mat-khau' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
  });

  it('answers in English when asked', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'en-GB')
      .send({ username: 'nobody-here', password: 'whatever1' });
    expect(response.body.message).toBe('Wrong username or password');
  });

  it('rejects unknown fields in the login body', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'a', password: 'b', admin: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('rate limits repeated failures for one username', async () => {
    const account = await createAccount(t.dataSource);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t
        .http()
        .post('/api/auth/login')
        .send({ username: account.username, password: `wrong-${i}` });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const right = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });

  it('rotates the refresh token, and reusing an old one ends the session', async () => {
    const account = await createAccount(t.dataSource);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    const first = refreshCookieOf(login);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', first);
    expect(refreshed.status).toBe(200);
    const second = refreshCookieOf(refreshed);
    expect(second).not.toBe(first);
    const reuse = await t.http().post('/api/auth/refresh').set('Cookie', first);
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_INVALID');
    const afterTheft = await t.http().post('/api/auth/refresh').set('Cookie', second);
    expect(afterTheft.status).toBe(401);
    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${refreshed.body.accessToken}`);
    expect(me.status).toBe(401);
  });

  it('logout revokes the access token and the refresh token', async () => {
    const account = await createAccount(t.dataSource);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    const token = login.body.accessToken;
    const cookie = refreshCookieOf(login);
    expect(
      (await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`)).status,
    ).toBe(204);
    expect(
      (await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status,
    ).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', cookie)).status).toBe(401);
  });

  it('a disabled account can neither log in nor refresh', async () => {
    const account = await createAccount(t.dataSource);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    const cookie = refreshCookieOf(login);
    await t.dataSource.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [account.id]);
    const refresh = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(refresh.status).toBe(403);
    expect(refresh.body.code).toBe('ACCOUNT_DISABLED');
    const again = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    expect(again.status).toBe(403);
  });

  it('a locked account cannot refresh', async () => {
    const account = await createAccount(t.dataSource);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: account.username, password: TEST_PASSWORD });
    const cookie = refreshCookieOf(login);
    await t.dataSource.query(
      `UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = $1`,
      [account.id],
    );
    const refresh = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(refresh.status).toBe(423);
    expect(refresh.body.code).toBe('ACCOUNT_LOCKED');
  });

  it('locks the account after ten consecutive failures, whatever the address', async () => {
    const account = await createAccount(t.dataSource);
    for (let i = 0; i < 10; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.9.${i}.1`)
        .send({ username: account.username, password: `wrong-${i}` });
    }
    const [row] = await t.dataSource.query(
      `SELECT locked_until > now() AS locked FROM users WHERE id = $1`,
      [account.id],
    );
    expect(row.locked).toBe(true);
    const right = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.9.99.1')
      .send({ username: account.username, password: TEST_PASSWORD });
    expect(right.status).toBe(423);
  });

  it('guards every route but the public ones', async () => {
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.http().get('/api/auth/me').set('Authorization', 'Bearer not-a-token')).status,
    ).toBe(401);
    expect((await t.http().get('/api/health')).status).toBe(200);
  });

  it('changes the password, checking the current one', async () => {
    const account = await createAccount(t.dataSource);
    const token = await loginAs(t, account);
    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: 'nope', newPassword: 'mat-khau-moi-2' });
    expect(wrong.status).toBe(400);
    const ok = await t
      .http()
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2' });
    expect(ok.status).toBe(204);
    expect(await loginAs(t, { username: account.username, password: 'mat-khau-moi-2' })).toEqual(
      expect.any(String),
    );
  });
});

describe('auth without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ignores a forged X-Forwarded-For, so rotating it does not escape the rate limit', async () => {
    const account = await createAccount(t.dataSource);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.8.${i}.1`)
        .send({ username: account.username, password: `wrong-${i}` });
      statuses.push(r.status);
    }
    expect(statuses[5]).toBe(429);
  });
});
