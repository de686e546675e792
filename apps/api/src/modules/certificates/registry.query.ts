import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegistryEntry } from '@loa/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { todayInVietnam } from '../../common/dates';
import { notFound } from '../../common/domain-error';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import { certificateStatus } from './certificate-status';
import type { RegistryExportQueryDto } from './dto/registry-query.dto';

interface Row {
  number: string;
  holder_name: string;
  holder_date_of_birth: string;
  staff_code: string;
  unit_code: string | null;
  unit_name: string | null;
  programme_code: string;
  programme_name: string;
  hours: number | null;
  result: string | null;
  issued_on: string;
  expires_on: string | null;
  source: 'loa' | 'external';
  provider: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  replaces: string | null;
  replaced_by: string | null;
  renews: string | null;
  total: string;
}

const COLUMNS = `
  c.number, c.holder_name, c.holder_date_of_birth::text, pe.staff_code, u.code AS unit_code,
  uv.name AS unit_name, p.code AS programme_code, p.name AS programme_name, c.hours, c.result,
  c.issued_on::text, c.expires_on::text, c.source, c.provider, c.revoked_on::text,
  c.revocation_reason, rp.number AS replaces, rb.number AS replaced_by, rn.number AS renews,
  count(*) OVER () AS total`;

const FROM = `
  FROM certificates c
  JOIN programmes p ON p.id = c.programme_id
  JOIN people pe ON pe.id = c.person_id
  LEFT JOIN units u ON u.id = c.unit_id
  LEFT JOIN LATERAL (SELECT v.name FROM unit_versions v
                      WHERE v.unit_id = c.unit_id AND ${versionInForce('v', 'c.issued_on')} LIMIT 1) uv ON true
  LEFT JOIN certificates rp ON rp.id = c.replaces_id
  LEFT JOIN certificates rn ON rn.id = c.renews_id
  LEFT JOIN LATERAL (SELECT r.number FROM certificates r WHERE r.replaces_id = c.id
                      ORDER BY r.created_at LIMIT 1) rb ON true`;

/**
 * The registry (sổ cấp giấy chứng nhận): approved certificates issued in a period to people of
 * a unit and the units below it (the tree on the period's last day), within the caller's scope
 * — filtered in the query itself. A unit outside the scope is 404.
 */
@Injectable()
export class RegistryQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
  ) {}

  async rows(
    user: AuthUser,
    filter: RegistryExportQueryDto,
    page?: { limit: number; offset: number },
  ): Promise<{ items: RegistryEntry[]; total: number }> {
    const asOf = filter.to ?? todayInVietnam();
    const scope = await this.scope.unitIdsInScope(user, asOf);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`c.approval = 'approved'`];
    let tree = '';
    if (filter.unit) {
      const [unit]: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM units WHERE code = $1`,
        [filter.unit],
      );
      if (!unit || (scope !== null && !scope.has(unit.id))) {
        throw notFound('Không tìm thấy đơn vị', 'Unit not found');
      }
      tree = `WITH RECURSIVE ${subtreeCte('tree', param([unit.id]), param(asOf))} `;
      where.push(`c.unit_id IN (SELECT unit_id FROM tree)`);
    }
    if (scope !== null) where.push(`c.unit_id = ANY(${param([...scope])}::uuid[])`);
    if (filter.from) where.push(`c.issued_on >= ${param(filter.from)}::date`);
    if (filter.to) where.push(`c.issued_on <= ${param(filter.to)}::date`);
    if (filter.programme) where.push(`p.code = ${param(filter.programme)}`);
    if (filter.source) where.push(`c.source = ${param(filter.source)}`);
    const limit = page ? ` LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}` : '';
    const rows: Row[] = await this.dataSource.query(
      `${tree}SELECT ${COLUMNS} ${FROM} WHERE ${where.join(' AND ')}
        ORDER BY c.issued_on, c.series_year NULLS LAST, c.series_no NULLS LAST, c.number${limit}`,
      params,
    );
    const today = todayInVietnam();
    return {
      items: rows.map((r) => toEntry(r, today)),
      total: rows.length > 0 ? Number(rows[0].total) : 0,
    };
  }
}

function toEntry(r: Row, today: string): RegistryEntry {
  return {
    number: r.number,
    holderName: r.holder_name,
    holderDateOfBirth: r.holder_date_of_birth,
    staffCode: r.staff_code,
    unit: r.unit_code ? { code: r.unit_code, name: r.unit_name ?? '' } : null,
    programme: { code: r.programme_code, name: r.programme_name },
    hours: r.hours,
    result: r.result,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    status: certificateStatus(
      {
        approval: 'approved',
        expiresOn: r.expires_on,
        revokedOn: r.revoked_on,
        replaced: r.replaced_by !== null,
      },
      today,
    )!,
    source: r.source,
    provider: r.provider,
    revokedOn: r.revoked_on,
    revocationReason: r.revocation_reason,
    replaces: r.replaces,
    replacedBy: r.replaced_by,
    renews: r.renews,
  };
}
