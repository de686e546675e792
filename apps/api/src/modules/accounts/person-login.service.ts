import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatedLogin } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { AccountViewsQuery } from './account-views.query';
import { personHasAccount, personNotFound, usernameTaken } from './accounts.errors';
import { temporaryPassword } from './temporary-password';
import { firstFreeUsername, usernameForPerson } from './username';

interface RosterPerson {
  id: string;
  staffCode: string;
  fullName: string;
  /** Units of the person's assignments in force today. */
  unitIds: string[];
}

/**
 * "A person on the roster can be given a login in one action": a username made from their name
 * and staff code, a temporary password to change at first login, and the learner role at every
 * unit where they work today. Unit managers may do it for people working in their scope.
 */
@Injectable()
export class PersonLoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly views: AccountViewsQuery,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuthUser, staffCode: string): Promise<CreatedLogin> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.findPerson(manager, staffCode.normalize('NFC').trim());
      const scope = await this.scope.unitIdsInScope(actor, undefined, manager);
      if (scope && !person.unitIds.some((id) => scope.has(id))) throw personNotFound();
      const taken: { has_account: boolean; usernames: string[] }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM users WHERE person_id = $1) AS has_account,
                ARRAY(SELECT username FROM users WHERE left(username, length($2)) = $2) AS usernames`,
        [person.id, usernameForPerson(person.fullName, person.staffCode)],
      );
      if (taken[0].has_account) throw personHasAccount();
      const username = firstFreeUsername(
        usernameForPerson(person.fullName, person.staffCode),
        new Set(taken[0].usernames),
      );
      const password = temporaryPassword();
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO users (username, password_hash, display_name, person_id, must_change_password)
         VALUES ($1, $2, $3, $4, true) ON CONFLICT DO NOTHING RETURNING id`,
        [username, await this.passwords.hash(password), person.fullName, person.id],
      );
      if (inserted.length === 0) throw usernameTaken(username);
      const id = inserted[0].id;
      await manager.query(
        `INSERT INTO role_grants (user_id, role, unit_id, granted_by)
         SELECT $1, 'learner', unit_id, $3 FROM unnest($2::uuid[]) AS unit_id`,
        [id, person.unitIds, actor.id],
      );
      await this.audit.record(
        {
          actorUserId: actor.id,
          action: 'account.created_for_person',
          entityType: 'user',
          entityId: id,
          details: { username, staffCode: person.staffCode, learnerUnitIds: person.unitIds },
        },
        manager,
      );
      return { account: (await this.views.byId(id, manager))!, temporaryPassword: password };
    });
  }

  private async findPerson(manager: EntityManager, staffCode: string): Promise<RosterPerson> {
    const rows: { id: string; staff_code: string; full_name: string; unit_ids: string[] }[] =
      await manager.query(
        `SELECT p.id, p.staff_code, p.full_name,
                ARRAY(SELECT DISTINCT a.unit_id::text FROM assignments a
                       WHERE a.person_id = p.id AND a.start_date <= $2::date
                         AND (a.end_date IS NULL OR a.end_date >= $2::date)) AS unit_ids
           FROM people p WHERE p.staff_code = $1`,
        [staffCode, todayInVietnam()],
      );
    const row = rows[0];
    if (!row) throw personNotFound();
    return {
      id: row.id,
      staffCode: row.staff_code,
      fullName: row.full_name,
      unitIds: row.unit_ids,
    };
  }
}
