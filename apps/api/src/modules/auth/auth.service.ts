import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, SessionUser, UnitKind } from '@loa/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { LOA_ENV, LoaEnv } from '../../config/env';
import { DomainError } from '../../common/domain-error';
import { User } from '../accounts/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { SessionCache } from './session-cache';

const LOCK_AFTER_FAILURES = 10;
const LOCK_MINUTES = 15;

export interface AccessTokenPayload {
  sub: string;
  sid: string;
  username: string;
}

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: SessionUser;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () =>
  new DomainError(
    'INVALID_CREDENTIALS',
    'Tên đăng nhập hoặc mật khẩu không đúng',
    'Wrong username or password',
  );
const accountDisabled = () =>
  new DomainError('ACCOUNT_DISABLED', 'Tài khoản đã bị vô hiệu hoá', 'This account is disabled');
const accountLocked = () =>
  new DomainError(
    'ACCOUNT_LOCKED',
    'Tài khoản đang bị tạm khoá do đăng nhập sai nhiều lần, vui lòng thử lại sau',
    'This account is locked after too many failed logins; try again later',
  );
const refreshInvalid = () =>
  new DomainError(
    'REFRESH_TOKEN_INVALID',
    'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    'Your session has ended; please sign in again',
  );

/** Logins, sessions (a family of rotating refresh tokens) and the caller behind a token. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOA_ENV) private readonly env: LoaEnv,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly limiter: LoginRateLimiter,
    private readonly cache: SessionCache,
  ) {}

  async login(usernameRaw: string, password: string, ip: string): Promise<IssuedSession> {
    const username = usernameRaw.normalize('NFC').trim().toLowerCase();
    if (this.limiter.isBlocked(ip, username)) {
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 15 phút',
        'Too many failed logins; try again in 15 minutes',
      );
    }
    const users = this.dataSource.getRepository(User);
    const user = await users.findOne({ where: { username } });
    if (!user) {
      await this.passwords.verify(DUMMY_HASH, password); // same time whether or not the user exists
      this.limiter.recordFailure(ip, username);
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      this.limiter.recordFailure(ip, username);
      throw accountLocked();
    }
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      this.limiter.recordFailure(ip, username);
      const failures = user.failedLoginCount + 1;
      const lock = failures >= LOCK_AFTER_FAILURES;
      await users.update(user.id, {
        failedLoginCount: lock ? 0 : failures,
        lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : user.lockedUntil,
      });
      throw lock ? accountLocked() : invalidCredentials();
    }
    if (user.status !== 'active') throw accountDisabled();
    this.limiter.recordSuccess(ip, username);
    if (user.failedLoginCount > 0 || user.lockedUntil) {
      await users.update(user.id, { failedLoginCount: 0, lockedUntil: null });
    }
    return this.dataSource.transaction((manager) =>
      this.startSession(manager, user.id, randomUUID()),
    );
  }

  /** Rotates the refresh token; reusing a rotated token ends the whole session. */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw refreshInvalid();
    const result = await this.dataSource.transaction(async (manager) => {
      const tokens = manager.getRepository(RefreshToken);
      const current = await tokens
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!current) return { error: refreshInvalid() };
      if (current.revokedAt) {
        await this.revokeFamily(manager, current.familyId);
        return { error: refreshInvalid(), revokedFamily: current.familyId };
      }
      if (current.expiresAt.getTime() <= Date.now()) return { error: refreshInvalid() };
      const user = await manager.getRepository(User).findOne({ where: { id: current.userId } });
      if (!user || user.status !== 'active') {
        await this.revokeFamily(manager, current.familyId);
        return {
          error: user ? accountDisabled() : refreshInvalid(),
          revokedFamily: current.familyId,
        };
      }
      if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
        await this.revokeFamily(manager, current.familyId);
        return { error: accountLocked(), revokedFamily: current.familyId };
      }
      const session = await this.startSession(manager, user.id, current.familyId);
      const successor = await tokens.findOneOrFail({
        where: { tokenHash: hashToken(session.refreshToken) },
      });
      await tokens.update(current.id, { revokedAt: new Date(), replacedById: successor.id });
      return { session };
    });
    if ('revokedFamily' in result && result.revokedFamily)
      this.cache.dropSession(result.revokedFamily);
    if (result.error) throw result.error;
    return result.session!;
  }

  /** Ends the session: every refresh token of the family is revoked and access tokens stop working. */
  async logout(sessionId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.revokeFamily(manager, sessionId));
    this.cache.dropSession(sessionId);
  }

  async changePassword(
    user: AuthUser,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const users = this.dataSource.getRepository(User);
    const row = await users.findOneOrFail({ where: { id: user.id } });
    if (!(await this.passwords.verify(row.passwordHash, currentPassword))) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Mật khẩu hiện tại không đúng',
        'The current password is wrong',
        [
          {
            field: 'currentPassword',
            code: 'wrong_password',
            message: 'Mật khẩu hiện tại không đúng',
          },
        ],
      );
    }
    await users.update(user.id, {
      passwordHash: await this.passwords.hash(newPassword),
      mustChangePassword: false,
    });
  }

  /** The caller behind an access token, or null when the session or account no longer allows it. */
  async resolve(payload: AccessTokenPayload): Promise<AuthUser | null> {
    const cached = this.cache.get(payload.sid);
    if (cached && cached.id === payload.sub) return cached;
    const rows: { live: boolean; status: string; username: string; person_id: string | null }[] =
      await this.dataSource.query(
        `SELECT u.status, u.username, u.person_id,
                EXISTS (SELECT 1 FROM refresh_tokens t
                         WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL
                           AND t.expires_at > now()) AS live
           FROM users u WHERE u.id = $1`,
        [payload.sub, payload.sid],
      );
    const row = rows[0];
    if (!row || !row.live || row.status !== 'active') return null;
    const grants: { role: Role; unit_id: string }[] = await this.dataSource.query(
      `SELECT role, unit_id FROM role_grants WHERE user_id = $1 AND revoked_at IS NULL`,
      [payload.sub],
    );
    const user: AuthUser = {
      id: payload.sub,
      username: row.username,
      personId: row.person_id,
      sessionId: payload.sid,
      grants: grants.map((g) => ({ role: g.role, unitId: g.unit_id })),
    };
    this.cache.set(user);
    return user;
  }

  async sessionUser(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionUser> {
    const user = await manager
      .getRepository(User)
      .findOneOrFail({ where: { id: userId }, relations: { person: true } });
    const grants: { id: string; role: Role; code: string; name: string; kind: UnitKind }[] =
      await manager.query(
        `SELECT g.id, g.role, u.code, v.name, v.kind
         FROM role_grants g
         JOIN units u ON u.id = g.unit_id
         JOIN LATERAL (SELECT name, kind FROM unit_versions
                        WHERE unit_id = u.id ORDER BY valid_from DESC LIMIT 1) v ON true
        WHERE g.user_id = $1 AND g.revoked_at IS NULL
        ORDER BY g.created_at`,
        [userId],
      );
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale,
      staffCode: user.person?.staffCode ?? null,
      mustChangePassword: user.mustChangePassword,
      grants: grants.map((g) => ({
        id: g.id,
        role: g.role,
        unit: { code: g.code, name: g.name, kind: g.kind },
      })),
    };
  }

  private async startSession(
    manager: EntityManager,
    userId: string,
    familyId: string,
  ): Promise<IssuedSession> {
    const user = await this.sessionUser(userId, manager);
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.env.refreshTokenTtlDays * 86_400_000);
    await manager.getRepository(RefreshToken).insert({
      userId,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    const payload: AccessTokenPayload = { sub: userId, sid: familyId, username: user.username };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, refreshToken, refreshExpiresAt, user };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}

/** A valid argon2id hash of a random string, verified when the username is unknown. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$R7m5bQ2b3bXQ2g8C5QxV1k2M0r1d0x9j3b1x7cU5j1I';
