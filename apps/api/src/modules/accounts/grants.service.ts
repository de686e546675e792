import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountView } from '@loa/contracts';
import { DataSource } from 'typeorm';
import { AuthUser, hasRole } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { SessionCache } from '../auth/session-cache';
import { AccountViewsQuery } from './account-views.query';
import { assertMayManage, lockAccount } from './account-target';
import {
  grantExists,
  grantNotFound,
  onlySystemAdmin,
  unitClosed,
  unitNotFound,
} from './accounts.errors';
import { CreateGrantDto } from './dto/create-grant.dto';

/**
 * Roles held at units. A change takes effect at once: the user's cached sessions are dropped, so
 * the next request is authorised with the new grants. Revoked grants are kept, never deleted.
 */
@Injectable()
export class GrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: AccountViewsQuery,
    private readonly sessions: SessionCache,
    private readonly audit: AuditService,
  ) {}

  async grant(actor: AuthUser, userId: string, dto: CreateGrantDto): Promise<AccountView> {
    if (dto.role === 'system_admin' && !hasRole(actor, 'system_admin')) throw onlySystemAdmin();
    const view = await this.dataSource.transaction(async (manager) => {
      assertMayManage(actor, await lockAccount(manager, userId));
      const units: { id: string; closed_on: string | null }[] = await manager.query(
        `SELECT id, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM units WHERE code = $1`,
        [dto.unitCode],
      );
      const unit = units[0];
      if (!unit) throw unitNotFound();
      if (unit.closed_on && unit.closed_on <= todayInVietnam()) throw unitClosed();
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO role_grants (user_id, role, unit_id, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id`,
        [userId, dto.role, unit.id, actor.id],
      );
      if (inserted.length === 0) throw grantExists();
      await this.audit.record(
        {
          actorUserId: actor.id,
          action: 'account.grant_added',
          entityType: 'user',
          entityId: userId,
          details: { grantId: inserted[0].id, role: dto.role, unitCode: dto.unitCode },
        },
        manager,
      );
      return (await this.views.byId(userId, manager))!;
    });
    this.sessions.dropUser(userId);
    return view;
  }

  async revoke(actor: AuthUser, userId: string, grantId: string): Promise<AccountView> {
    const view = await this.dataSource.transaction(async (manager) => {
      assertMayManage(actor, await lockAccount(manager, userId));
      // A CTE, so that the driver answers with the rows rather than [rows, count] as for UPDATE.
      const revoked: { role: string; unit_code: string }[] = await manager.query(
        `WITH revoked AS (
           UPDATE role_grants SET revoked_at = now(), revoked_by = $3
            WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
           RETURNING role, unit_id)
         SELECT r.role, u.code AS unit_code FROM revoked r JOIN units u ON u.id = r.unit_id`,
        [grantId, userId, actor.id],
      );
      if (revoked.length === 0) throw grantNotFound();
      await this.audit.record(
        {
          actorUserId: actor.id,
          action: 'account.grant_revoked',
          entityType: 'user',
          entityId: userId,
          details: { grantId, role: revoked[0].role, unitCode: revoked[0].unit_code },
        },
        manager,
      );
      return (await this.views.byId(userId, manager))!;
    });
    this.sessions.dropUser(userId);
    return view;
  }
}
