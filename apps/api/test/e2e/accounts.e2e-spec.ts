import type { Role } from '@loa/contracts';
import { createTestApp, TestApp } from '../create-test-app';
import { createAccount, loginAs, signedIn, TEST_PASSWORD } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { createBranches, createUnit } from '../factories/units.factory';
import { unique } from '../factories/unique';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('accounts', () => {
  let t: TestApp;
  let admin: { account: { id: string }; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, [{ role: 'department_admin' }]);
  });
  afterAll(() => t.close());

  const auditActions = async (userId: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
        [userId],
      )
    ).map((r: { action: string }) => r.action);

  const newAccountBody = () => ({
    username: unique('nv.').toLowerCase(),
    password: 'mot-mat-khau-dai',
    displayName: 'Nguyễn Thị Hoa',
  });

  describe('who may use the account routes', () => {
    const routes = (targetId: string, grantId: string) => [
      { name: 'GET /accounts', call: () => t.http().get('/api/accounts'), ok: 200 },
      { name: 'GET /accounts/:id', call: () => t.http().get(`/api/accounts/${targetId}`), ok: 200 },
      {
        name: 'POST /accounts',
        call: () => t.http().post('/api/accounts').send(newAccountBody()),
        ok: 201,
      },
      {
        name: 'PATCH /accounts/:id',
        call: () => t.http().patch(`/api/accounts/${targetId}`).send({ displayName: 'Tên Mới' }),
        ok: 200,
      },
      {
        name: 'POST /accounts/:id/grants',
        call: () =>
          t
            .http()
            .post(`/api/accounts/${targetId}/grants`)
            .send({ role: 'course_author', unitCode: 'SGDDT' }),
        ok: 201,
      },
      {
        name: 'DELETE /accounts/:id/grants/:grantId',
        call: () => t.http().delete(`/api/accounts/${targetId}/grants/${grantId}`),
        ok: 200,
      },
    ];

    const targetWithGrant = async () => {
      const target = await createAccount(t.dataSource, [{ role: 'learner' }]);
      const [grant] = await t.dataSource.query(`SELECT id FROM role_grants WHERE user_id = $1`, [
        target.id,
      ]);
      return { targetId: target.id, grantId: grant.id as string };
    };

    it.each<{ role: Role; expected: 'ok' | 403 }>([
      { role: 'department_admin', expected: 'ok' },
      { role: 'system_admin', expected: 'ok' },
      { role: 'unit_manager', expected: 403 },
      { role: 'learner', expected: 403 },
      { role: 'course_author', expected: 403 },
    ])('$role gets $expected on every route', async ({ role, expected }) => {
      const { token } = await signedIn(t, [{ role }]);
      const { targetId, grantId } = await targetWithGrant();
      for (const route of routes(targetId, grantId)) {
        const response = await route.call().set(bearer(token));
        expect({ route: route.name, status: response.status }).toEqual({
          route: route.name,
          status: expected === 'ok' ? route.ok : 403,
        });
      }
    });

    it('anonymous callers get 401 on every route', async () => {
      const { targetId, grantId } = await targetWithGrant();
      for (const route of routes(targetId, grantId)) {
        const response = await route.call();
        expect({ route: route.name, status: response.status }).toEqual({
          route: route.name,
          status: 401,
        });
      }
    });
  });

  describe('listing and reading', () => {
    it('searches username, display name and staff code, ignoring accents and case', async () => {
      const marker = unique('Q');
      const person = await createPerson(t.dataSource, { fullName: 'Phạm Đức Thắng' });
      const linked = await createAccount(t.dataSource, [], { personId: person.id });
      await t.dataSource.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [
        linked.id,
        `Lê Thị Ánh ${marker}`,
      ]);
      const search = (q: string) =>
        t.http().get('/api/accounts').query({ q }).set(bearer(admin.token));

      const byName = await search(`ÁNH ${marker.toLowerCase()}`);
      expect(byName.status).toBe(200);
      expect(byName.body.total).toBe(1);
      expect(byName.body.items[0]).toMatchObject({
        id: linked.id,
        username: linked.username,
        displayName: `Lê Thị Ánh ${marker}`,
        status: 'active',
        staffCode: person.staffCode,
        lockedUntil: null,
      });
      const byAccentlessName = await search(`le thi anh ${marker}`);
      expect(byAccentlessName.body.items.map((a: { id: string }) => a.id)).toEqual([linked.id]);
      const byStaffCode = await search(person.staffCode.toLowerCase());
      expect(byStaffCode.body.items.map((a: { id: string }) => a.id)).toEqual([linked.id]);
      const byUsername = await search(linked.username.toUpperCase());
      expect(byUsername.body.items.map((a: { id: string }) => a.id)).toEqual([linked.id]);
      expect((await search(`${marker}%`)).body.total).toBe(0);
    });

    it('pages the list and reports the total', async () => {
      const prefix = unique('page').toLowerCase();
      for (const n of [1, 2, 3]) {
        await createAccount(t.dataSource, [], { username: `${prefix}-${n}` });
      }
      const response = await t
        .http()
        .get('/api/accounts')
        .query({ q: prefix, page: 2, pageSize: 2 })
        .set(bearer(admin.token));
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(3);
      expect(response.body.items.map((a: { username: string }) => a.username)).toEqual([
        `${prefix}-3`,
      ]);
      const tooBig = await t
        .http()
        .get('/api/accounts')
        .query({ pageSize: 5000 })
        .set(bearer(admin.token));
      expect(tooBig.status).toBe(400);
    });

    it('shows one account with its active grants', async () => {
      const unit = await createUnit(t.dataSource, { kind: 'primary' });
      const account = await createAccount(t.dataSource, [
        { role: 'unit_manager', unitId: unit.id },
      ]);
      const response = await t.http().get(`/api/accounts/${account.id}`).set(bearer(admin.token));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: account.id,
        username: account.username,
        grants: [
          {
            id: expect.any(String),
            role: 'unit_manager',
            unit: { code: unit.code, name: unit.name, kind: 'primary' },
          },
        ],
      });
      expect(response.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])(
      'answers 404 for the account id %s',
      async (id) => {
        const response = await t.http().get(`/api/accounts/${id}`).set(bearer(admin.token));
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({
          code: 'NOT_FOUND',
          message: 'Không tìm thấy tài khoản',
        });
      },
    );
  });

  describe('creating an account', () => {
    it('creates a login, lower-cases the username and records the change', async () => {
      const person = await createPerson(t.dataSource);
      const username = unique('Tran.Van_Ba-');
      const response = await t
        .http()
        .post('/api/accounts')
        .set(bearer(admin.token))
        .send({
          username: `  ${username}`,
          password: 'mot-mat-khau-dai',
          displayName: 'Trần Văn Ba',
          staffCode: person.staffCode,
        });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        username: username.toLowerCase(),
        displayName: 'Trần Văn Ba',
        status: 'active',
        staffCode: person.staffCode,
        grants: [],
      });
      expect(await auditActions(response.body.id)).toEqual(['account.created']);
      const token = await loginAs(t, { username, password: 'mot-mat-khau-dai' });
      const me = await t.http().get('/api/auth/me').set(bearer(token));
      expect(me.body).toMatchObject({ staffCode: person.staffCode, mustChangePassword: true });
    });

    it('stores the display name in NFC', async () => {
      const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
      const response = await t
        .http()
        .post('/api/accounts')
        .set(bearer(admin.token))
        .send({ ...newAccountBody(), displayName: decomposed });
      expect(response.status).toBe(201);
      expect(response.body.displayName).toBe('Nguyễn Thị Hoa'.normalize('NFC'));
      expect(response.body.displayName).not.toBe(decomposed);
    });

    it('refuses a username already taken, whatever its case, with a Vietnamese message', async () => {
      const existing = await createAccount(t.dataSource);
      const response = await t
        .http()
        .post('/api/accounts')
        .set(bearer(admin.token))
        .send({ ...newAccountBody(), username: existing.username.toUpperCase() });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `Tên đăng nhập "${existing.username}" đã được sử dụng`,
      });
    });

    it('refuses to link a person who already has a login, or one who does not exist', async () => {
      const person = await createPerson(t.dataSource);
      await createAccount(t.dataSource, [], { personId: person.id });
      const taken = await t
        .http()
        .post('/api/accounts')
        .set(bearer(admin.token))
        .send({ ...newAccountBody(), staffCode: person.staffCode });
      expect(taken.status).toBe(409);
      expect(taken.body.message).toBe('Cán bộ này đã có tài khoản đăng nhập');
      const missing = await t
        .http()
        .post('/api/accounts')
        .set(bearer(admin.token))
        .send({ ...newAccountBody(), staffCode: unique('NOBODY') });
      expect(missing.status).toBe(404);
    });

    it.each([
      { why: 'an unknown field', patch: { isAdmin: true }, field: 'isAdmin' },
      { why: 'a short password', patch: { password: 'ngan1' }, field: 'password' },
      { why: 'spaces in the username', patch: { username: 'co dau cach' }, field: 'username' },
      { why: 'accents in the username', patch: { username: 'nguyễn' }, field: 'username' },
      { why: 'a too short username', patch: { username: 'ab' }, field: 'username' },
      { why: 'an empty display name', patch: { displayName: '   ' }, field: 'displayName' },
    ])('answers 400 for $why', async ({ patch, field }) => {
      const body = { ...newAccountBody(), ...patch };
      const response = await t.http().post('/api/accounts').set(bearer(admin.token)).send(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM users WHERE username = $1`,
        [String(body.username).trim().toLowerCase()],
      );
      expect(count).toBe(0);
    });
  });

  describe('changing an account', () => {
    it('disabling logs the user out at once and revokes their refresh tokens', async () => {
      const { account, token } = await signedIn(t, [{ role: 'learner' }]);
      expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);
      const response = await t
        .http()
        .patch(`/api/accounts/${account.id}`)
        .set(bearer(admin.token))
        .send({ status: 'disabled' });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('disabled');
      expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
      const [{ live }] = await t.dataSource.query(
        `SELECT count(*)::int AS live FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
        [account.id],
      );
      expect(live).toBe(0);
      expect(await auditActions(account.id)).toEqual(['account.disabled']);
    });

    it('an administrator cannot disable their own account', async () => {
      const self = await signedIn(t, [{ role: 'department_admin' }]);
      const response = await t
        .http()
        .patch(`/api/accounts/${self.account.id}`)
        .set(bearer(self.token))
        .send({ status: 'disabled' });
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Bạn không thể tự vô hiệu hoá tài khoản của mình');
      expect((await t.http().get('/api/auth/me').set(bearer(self.token))).status).toBe(200);
    });

    it('unlock clears the lock left by failed logins', async () => {
      const account = await createAccount(t.dataSource);
      await t.dataSource.query(
        `UPDATE users SET locked_until = now() + interval '10 minutes', failed_login_count = 7
          WHERE id = $1`,
        [account.id],
      );
      const locked = await t.http().get(`/api/accounts/${account.id}`).set(bearer(admin.token));
      expect(locked.body.lockedUntil).toEqual(expect.any(String));
      const response = await t
        .http()
        .patch(`/api/accounts/${account.id}`)
        .set(bearer(admin.token))
        .send({ unlock: true });
      expect(response.status).toBe(200);
      expect(response.body.lockedUntil).toBeNull();
      const [row] = await t.dataSource.query(
        `SELECT locked_until, failed_login_count FROM users WHERE id = $1`,
        [account.id],
      );
      expect(row).toEqual({ locked_until: null, failed_login_count: 0 });
      expect(await loginAs(t, account)).toEqual(expect.any(String));
    });

    it('renames, and a new password set by an administrator must be changed at next login', async () => {
      const { account, token } = await signedIn(t);
      const response = await t
        .http()
        .patch(`/api/accounts/${account.id}`)
        .set(bearer(admin.token))
        .send({ displayName: 'Đỗ Minh Châu', password: 'mat-khau-tam-thoi' });
      expect(response.status).toBe(200);
      expect(response.body.displayName).toBe('Đỗ Minh Châu');
      expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
      const fresh = await loginAs(t, { username: account.username, password: 'mat-khau-tam-thoi' });
      const me = await t.http().get('/api/auth/me').set(bearer(fresh));
      expect(me.body).toMatchObject({ displayName: 'Đỗ Minh Châu', mustChangePassword: true });
      const old = await t
        .http()
        .post('/api/auth/login')
        .send({ username: account.username, password: TEST_PASSWORD });
      expect(old.status).toBe(401);
    });

    it.each([
      { why: 'an unknown status', body: { status: 'deleted' } },
      { why: 'a short password', body: { password: 'short' } },
      { why: 'unlock false', body: { unlock: false } },
      { why: 'an unknown field', body: { role: 'system_admin' } },
    ])('answers 400 for $why', async ({ body }) => {
      const account = await createAccount(t.dataSource);
      const response = await t
        .http()
        .patch(`/api/accounts/${account.id}`)
        .set(bearer(admin.token))
        .send(body);
      expect(response.status).toBe(400);
    });

    it('answers 404 for an unknown account', async () => {
      const response = await t
        .http()
        .patch('/api/accounts/00000000-0000-4000-8000-000000000000')
        .set(bearer(admin.token))
        .send({ displayName: 'Không Ai' });
      expect(response.status).toBe(404);
    });
  });

  describe('role grants', () => {
    const grant = (userId: string, body: object, token = admin.token) =>
      t.http().post(`/api/accounts/${userId}/grants`).set(bearer(token)).send(body);

    it('a grant gives access at once and revoking it takes it away at once; the row is kept', async () => {
      const { account, token } = await signedIn(t, [{ role: 'learner' }]);
      expect((await t.http().get('/api/accounts').set(bearer(token))).status).toBe(403);

      const granted = await grant(account.id, { role: 'department_admin', unitCode: 'SGDDT' });
      expect(granted.status).toBe(201);
      const adminGrant = granted.body.grants.find(
        (g: { role: string }) => g.role === 'department_admin',
      );
      expect(adminGrant).toMatchObject({ role: 'department_admin', unit: { code: 'SGDDT' } });
      expect((await t.http().get('/api/accounts').set(bearer(token))).status).toBe(200);

      const revoked = await t
        .http()
        .delete(`/api/accounts/${account.id}/grants/${adminGrant.id}`)
        .set(bearer(admin.token));
      expect(revoked.status).toBe(200);
      expect(revoked.body.grants.map((g: { role: string }) => g.role)).toEqual(['learner']);
      expect((await t.http().get('/api/accounts').set(bearer(token))).status).toBe(403);

      const [row] = await t.dataSource.query(
        `SELECT revoked_at IS NOT NULL AS revoked, revoked_by, granted_by FROM role_grants WHERE id = $1`,
        [adminGrant.id],
      );
      expect(row).toEqual({
        revoked: true,
        revoked_by: admin.account.id,
        granted_by: admin.account.id,
      });
      expect(await auditActions(account.id)).toEqual([
        'account.grant_added',
        'account.grant_revoked',
      ]);
    });

    it('the same role can be granted again after it was revoked', async () => {
      const account = await createAccount(t.dataSource);
      const first = await grant(account.id, { role: 'course_author', unitCode: 'SGDDT' });
      await t
        .http()
        .delete(`/api/accounts/${account.id}/grants/${first.body.grants[0].id}`)
        .set(bearer(admin.token));
      const again = await grant(account.id, { role: 'course_author', unitCode: 'SGDDT' });
      expect(again.status).toBe(201);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM role_grants WHERE user_id = $1`,
        [account.id],
      );
      expect(count).toBe(2);
    });

    it('refuses a duplicate active grant with 409', async () => {
      const unit = await createUnit(t.dataSource);
      const account = await createAccount(t.dataSource, [
        { role: 'unit_manager', unitId: unit.id },
      ]);
      const response = await grant(account.id, { role: 'unit_manager', unitCode: unit.code });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe('Tài khoản đã có quyền này tại đơn vị này');
    });

    it('answers 404 for an unknown unit, account or grant, and 400 for an unknown role', async () => {
      const account = await createAccount(t.dataSource);
      const noUnit = await grant(account.id, { role: 'learner', unitCode: unique('NOUNIT') });
      expect(noUnit.status).toBe(404);
      expect(noUnit.body.message).toBe('Không tìm thấy đơn vị');
      const noAccount = await grant('00000000-0000-4000-8000-000000000000', {
        role: 'learner',
        unitCode: 'SGDDT',
      });
      expect(noAccount.status).toBe(404);
      const noGrant = await t
        .http()
        .delete(`/api/accounts/${account.id}/grants/00000000-0000-4000-8000-000000000000`)
        .set(bearer(admin.token));
      expect(noGrant.status).toBe(404);
      const badGrantId = await t
        .http()
        .delete(`/api/accounts/${account.id}/grants/abc`)
        .set(bearer(admin.token));
      expect(badGrantId.status).toBe(404);
      expect((await grant(account.id, { role: 'superuser', unitCode: 'SGDDT' })).status).toBe(400);
    });

    it("a grant of another account cannot be revoked through this one's path", async () => {
      const owner = await createAccount(t.dataSource, [{ role: 'learner' }]);
      const other = await createAccount(t.dataSource);
      const [g] = await t.dataSource.query(`SELECT id FROM role_grants WHERE user_id = $1`, [
        owner.id,
      ]);
      const response = await t
        .http()
        .delete(`/api/accounts/${other.id}/grants/${g.id}`)
        .set(bearer(admin.token));
      expect(response.status).toBe(404);
      const [row] = await t.dataSource.query(`SELECT revoked_at FROM role_grants WHERE id = $1`, [
        g.id,
      ]);
      expect(row.revoked_at).toBeNull();
    });

    it('only a system administrator may grant or touch the system administrator role', async () => {
      const account = await createAccount(t.dataSource);
      const byDepartment = await grant(account.id, { role: 'system_admin', unitCode: 'SGDDT' });
      expect(byDepartment.status).toBe(403);
      const system = await signedIn(t, [{ role: 'system_admin' }]);
      const bySystem = await grant(
        account.id,
        { role: 'system_admin', unitCode: 'SGDDT' },
        system.token,
      );
      expect(bySystem.status).toBe(201);
      const disable = await t
        .http()
        .patch(`/api/accounts/${account.id}`)
        .set(bearer(admin.token))
        .send({ status: 'disabled' });
      expect(disable.status).toBe(403);
      const revoke = await t
        .http()
        .delete(`/api/accounts/${account.id}/grants/${bySystem.body.grants[0].id}`)
        .set(bearer(admin.token));
      expect(revoke.status).toBe(403);
    });
  });

  describe('a login for a person on the roster', () => {
    const createLogin = (staffCode: string, token?: string) => {
      const request = t.http().post(`/api/people/${encodeURIComponent(staffCode)}/account`);
      return token ? request.set(bearer(token)) : request;
    };

    it('derives the username, grants learner where the person works today and forces a password change', async () => {
      const { own, child } = await createBranches(t.dataSource);
      const person = await createPerson(t.dataSource, { fullName: 'Nguyễn Văn An' });
      await createAssignment(t.dataSource, { personId: person.id, unitId: own.id });
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: child.id,
        startDate: '2019-01-01',
        endDate: '2019-12-31',
      });
      const response = await createLogin(person.staffCode, admin.token);
      expect(response.status).toBe(201);
      const username = `nguyenvanan.${person.staffCode.toLowerCase()}`;
      expect(response.body.account).toMatchObject({
        username,
        displayName: 'Nguyễn Văn An',
        staffCode: person.staffCode,
        grants: [{ role: 'learner', unit: { code: own.code } }],
      });
      expect(response.body.temporaryPassword).toEqual(expect.any(String));
      expect(response.body.temporaryPassword.length).toBeGreaterThanOrEqual(12);

      const token = await loginAs(t, { username, password: response.body.temporaryPassword });
      const me = await t.http().get('/api/auth/me').set(bearer(token));
      expect(me.body).toMatchObject({ username, mustChangePassword: true });
      expect(await auditActions(response.body.account.id)).toEqual(['account.created_for_person']);
    });

    it('makes the username unique when it is already taken', async () => {
      const person = await createPerson(t.dataSource, { fullName: 'Đặng Thị Yến' });
      const base = `dangthiyen.${person.staffCode.toLowerCase()}`;
      await createAccount(t.dataSource, [], { username: base });
      const response = await createLogin(person.staffCode, admin.token);
      expect(response.status).toBe(201);
      expect(response.body.account.username).toBe(`${base}-2`);
    });

    it.each([
      { relation: 'own', expected: 201 },
      { relation: 'child', expected: 201 },
      { relation: 'sibling', expected: 404 },
      { relation: 'other', expected: 404 },
    ] as const)(
      'a unit manager creating a login for a person at the $relation unit gets $expected',
      async ({ relation, expected }) => {
        const branches = await createBranches(t.dataSource);
        const manager = await signedIn(t, [{ role: 'unit_manager', unitId: branches.own.id }]);
        const person = await createPerson(t.dataSource);
        await createAssignment(t.dataSource, {
          personId: person.id,
          unitId: branches[relation].id,
        });
        const response = await createLogin(person.staffCode, manager.token);
        expect(response.status).toBe(expected);
        const [{ count }] = await t.dataSource.query(
          `SELECT count(*)::int AS count FROM users WHERE person_id = $1`,
          [person.id],
        );
        expect(count).toBe(expected === 201 ? 1 : 0);
      },
    );

    it('a unit manager cannot give a login to someone who worked in their unit only in the past', async () => {
      const { own } = await createBranches(t.dataSource);
      const manager = await signedIn(t, [{ role: 'unit_manager', unitId: own.id }]);
      const person = await createPerson(t.dataSource);
      await createAssignment(t.dataSource, {
        personId: person.id,
        unitId: own.id,
        startDate: '2018-01-01',
        endDate: '2020-06-30',
      });
      expect((await createLogin(person.staffCode, manager.token)).status).toBe(404);
    });

    it.each([
      { who: 'a learner', grants: [{ role: 'learner' as Role }], expected: 403 },
      { who: 'a course author', grants: [{ role: 'course_author' as Role }], expected: 403 },
      { who: 'anonymous', grants: null, expected: 401 },
    ])('$who gets $expected', async ({ grants, expected }) => {
      const person = await createPerson(t.dataSource);
      const token = grants ? (await signedIn(t, grants)).token : undefined;
      expect((await createLogin(person.staffCode, token)).status).toBe(expected);
    });

    it('answers 409 for a person who already has a login and 404 for an unknown staff code', async () => {
      const person = await createPerson(t.dataSource);
      await createAccount(t.dataSource, [], { personId: person.id });
      const again = await createLogin(person.staffCode, admin.token);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Cán bộ này đã có tài khoản đăng nhập');
      expect((await createLogin(unique('NOBODY'), admin.token)).status).toBe(404);
    });
  });
});
