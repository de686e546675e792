import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountPage, AccountView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { SessionCache } from '../auth/session-cache';
import { AccountViewsQuery } from './account-views.query';
import { assertMayManage, lockAccount, revokeAllSessions } from './account-target';
import {
  accountNotFound,
  cannotDisableSelf,
  personHasAccount,
  personNotFound,
  usernameTaken,
} from './accounts.errors';
import { CreateAccountDto } from './dto/create-account.dto';
import { ListAccountsQuery } from './dto/list-accounts.query';
import { UpdateAccountDto } from './dto/update-account.dto';
import { User } from './user.entity';

/** Accounts as department administrators manage them: list, create, edit, disable, unlock. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: AccountViewsQuery,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionCache,
    private readonly audit: AuditService,
  ) {}

  list(query: ListAccountsQuery): Promise<AccountPage> {
    return this.views.search(query.q || undefined, query.page, query.pageSize);
  }

  async get(id: string): Promise<AccountView> {
    const view = await this.views.byId(id);
    if (!view) throw accountNotFound();
    return view;
  }

  /** A new login chosen by an administrator; its holder changes the password at first login. */
  async create(actor: AuthUser, dto: CreateAccountDto): Promise<AccountView> {
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const personId = dto.staffCode ? await this.unlinkedPerson(manager, dto.staffCode) : null;
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO users (username, password_hash, display_name, person_id, must_change_password)
         VALUES ($1, $2, $3, $4, true) ON CONFLICT DO NOTHING RETURNING id`,
        [dto.username, passwordHash, dto.displayName, personId],
      );
      if (inserted.length === 0) {
        if (personId) await this.unlinkedPerson(manager, dto.staffCode!);
        throw usernameTaken(dto.username);
      }
      const id = inserted[0].id;
      await this.audit.record(
        {
          actorUserId: actor.id,
          action: 'account.created',
          entityType: 'user',
          entityId: id,
          details: { username: dto.username, staffCode: dto.staffCode ?? null },
        },
        manager,
      );
      return (await this.views.byId(id, manager))!;
    });
  }

  /**
   * Edits an account. Disabling it, or setting the password of someone else, ends every session
   * of the account at once: refresh tokens are revoked and cached callers dropped.
   */
  async update(actor: AuthUser, id: string, dto: UpdateAccountDto): Promise<AccountView> {
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : undefined;
    const { view, endSessions } = await this.dataSource.transaction(async (manager) => {
      const target = await lockAccount(manager, id);
      assertMayManage(actor, target);
      if (dto.status === 'disabled' && id === actor.id) throw cannotDisableSelf();
      const self = id === actor.id;
      const changes: Partial<User> = {};
      const details: Record<string, unknown> = {};
      if (dto.displayName !== undefined && dto.displayName !== target.displayName) {
        changes.displayName = dto.displayName;
        details.displayName = { from: target.displayName, to: dto.displayName };
      }
      if (dto.status !== undefined && dto.status !== target.status) {
        changes.status = dto.status;
        details.status = { from: target.status, to: dto.status };
      }
      if (passwordHash) {
        changes.passwordHash = passwordHash;
        changes.mustChangePassword = !self;
        details.passwordReset = true;
      }
      if (dto.unlock) {
        changes.lockedUntil = null;
        changes.failedLoginCount = 0;
        details.unlocked = true;
      }
      const endSessions = changes.status === 'disabled' || (passwordHash !== undefined && !self);
      if (Object.keys(changes).length > 0) {
        await manager.getRepository(User).update(id, changes);
        if (endSessions) await revokeAllSessions(manager, id);
        await this.audit.record(
          {
            actorUserId: actor.id,
            action: changes.status === 'disabled' ? 'account.disabled' : 'account.updated',
            entityType: 'user',
            entityId: id,
            details,
          },
          manager,
        );
      }
      return { view: (await this.views.byId(id, manager))!, endSessions };
    });
    if (endSessions || dto.status !== undefined) this.sessions.dropUser(id);
    return view;
  }

  /** The id of the person with this staff code, who must not have a login yet. */
  private async unlinkedPerson(manager: EntityManager, staffCode: string): Promise<string> {
    const rows: { id: string; has_account: boolean }[] = await manager.query(
      `SELECT p.id, EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id) AS has_account
         FROM people p WHERE p.staff_code = $1`,
      [staffCode],
    );
    if (!rows[0]) throw personNotFound();
    if (rows[0].has_account) throw personHasAccount();
    return rows[0].id;
  }
}
