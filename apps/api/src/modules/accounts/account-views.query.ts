import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountPage, AccountView, RoleGrantView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { escapeLike, foldVietnamese, foldVietnameseSql } from './vietnamese-fold';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  status: AccountView['status'];
  locked_until: Date | null;
  created_at: Date;
  staff_code: string | null;
  grants: RoleGrantView[];
}

const SEARCHABLE = ['u.username', 'u.display_name', 'p.staff_code', 'p.full_name']
  .map((column) => `${foldVietnameseSql(column)} LIKE $1`)
  .join(' OR ');

/** Reads accounts as the API shows them: the login, its person's staff code, its active grants. */
@Injectable()
export class AccountViewsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(q: string | undefined, page: number, pageSize: number): Promise<AccountPage> {
    const pattern = q ? `%${escapeLike(foldVietnamese(q))}%` : null;
    const where = `FROM users u LEFT JOIN people p ON p.id = u.person_id
                   WHERE $1::text IS NULL OR ${SEARCHABLE}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${where}`,
      [pattern],
    );
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT u.id ${where} ORDER BY u.username LIMIT $2 OFFSET $3`,
      [pattern, pageSize, (page - 1) * pageSize],
    );
    return { total, items: await this.byIds(ids.map((r) => r.id)) };
  }

  /** The accounts with these ids, in the order given; unknown ids are left out. */
  async byIds(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccountView[]> {
    if (ids.length === 0) return [];
    const rows: AccountRow[] = await manager.query(
      `SELECT u.id, u.username, u.display_name, u.status, u.created_at, p.staff_code,
              CASE WHEN u.locked_until > now() THEN u.locked_until END AS locked_until,
              COALESCE((
                SELECT json_agg(json_build_object(
                         'id', g.id, 'role', g.role,
                         'unit', json_build_object('code', un.code, 'name', v.name, 'kind', v.kind))
                       ORDER BY g.created_at, g.id)
                  FROM role_grants g
                  JOIN units un ON un.id = g.unit_id
                  JOIN LATERAL (SELECT name, kind FROM unit_versions
                                 WHERE unit_id = un.id ORDER BY valid_from DESC LIMIT 1) v ON true
                 WHERE g.user_id = u.id AND g.revoked_at IS NULL), '[]'::json) AS grants
         FROM users u LEFT JOIN people p ON p.id = u.person_id
        WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toView(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async byId(id: string, manager?: EntityManager): Promise<AccountView | undefined> {
    return (await this.byIds([id], manager))[0];
  }
}

const toView = (row: AccountRow): AccountView => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  status: row.status,
  lockedUntil: row.locked_until ? new Date(row.locked_until).toISOString() : null,
  staffCode: row.staff_code,
  grants: row.grants,
  createdAt: new Date(row.created_at).toISOString(),
});
