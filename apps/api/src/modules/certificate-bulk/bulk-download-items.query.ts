import type { EntityManager } from 'typeorm';
import { subtreeCte, versionInForce } from '../../common/scope/unit-tree.sql';
import type { CertificateTemplateFields } from '../certificates/certificate-template';

/** What the ZIP job asks for: a unit's subtree on `asOf`, cut to the requester's scope. */
export interface BulkSelection {
  unitId: string;
  asOf: string;
  /** The roots a unit manager manages; null for the department (no cut). */
  scopeRoots: string[] | null;
  today: string;
  from: string | null;
  to: string | null;
  programmeCode: string | null;
}

/** One certificate, with everything printed on it. */
export interface BulkItem {
  id: string;
  order_year: number;
  order_no: number;
  number: string;
  staff_code: string;
  holder_name: string;
  holder_date_of_birth: string;
  issued_on: string;
  expires_on: string | null;
  hours: number | null;
  result: string | null;
  signing_key_id: string | null;
  signature: string | null;
  printed_template: CertificateTemplateFields | null;
  programme_code: string;
  programme_name: string;
  unit_name: string | null;
}

export interface BulkCursor {
  year: number;
  no: number;
  id: string;
}

/** The units of the selection: the subtree on asOf, and for a manager only their scope then and today. */
export async function selectedUnitIds(
  manager: EntityManager,
  selection: BulkSelection,
): Promise<string[]> {
  const scoped = selection.scopeRoots
    ? `INTERSECT (SELECT unit_id FROM scope_today UNION SELECT unit_id FROM scope_asof)`
    : '';
  const scopeCtes = selection.scopeRoots
    ? `, ${subtreeCte('scope_today', '$3', '$4')}, ${subtreeCte('scope_asof', '$3', '$2')}`
    : '';
  const params: unknown[] = [[selection.unitId], selection.asOf];
  if (selection.scopeRoots) params.push(selection.scopeRoots, selection.today);
  const rows: { unit_id: string }[] = await manager.query(
    `WITH RECURSIVE ${subtreeCte('tree', '$1', '$2')}${scopeCtes}
     SELECT unit_id FROM tree ${scoped}`,
    params,
  );
  return rows.map((r) => r.unit_id);
}

/**
 * Certificates issued by Loa to the selected units, approved and not withdrawn on `today`
 * (revoked, or replaced by a correction), in the period and programme asked for.
 */
function conditions(selection: BulkSelection, params: unknown[]): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [
    `c.source = 'loa'`,
    `c.approval = 'approved'`,
    `c.unit_id = ANY(${param(null)}::uuid[])`,
    `(c.revoked_on IS NULL OR c.revoked_on > ${param(selection.today)}::date)`,
    `NOT EXISTS (SELECT 1 FROM certificates r WHERE r.replaces_id = c.id)`,
  ];
  if (selection.from) where.push(`c.issued_on >= ${param(selection.from)}::date`);
  if (selection.to) where.push(`c.issued_on <= ${param(selection.to)}::date`);
  if (selection.programmeCode) where.push(`p.code = ${param(selection.programmeCode)}`);
  return where.join(' AND ');
}

export async function countBulkItems(
  manager: EntityManager,
  selection: BulkSelection,
  unitIds: string[],
): Promise<number> {
  const params: unknown[] = [];
  const where = conditions(selection, params);
  params[0] = unitIds;
  const [row]: { total: number }[] = await manager.query(
    `SELECT count(*)::int AS total FROM certificates c JOIN programmes p ON p.id = c.programme_id
      WHERE ${where}`,
    params,
  );
  return row.total;
}

/** The next page after `cursor`, in the order of the numbering series. */
export async function bulkItemsPage(
  manager: EntityManager,
  selection: BulkSelection,
  unitIds: string[],
  cursor: BulkCursor | null,
  limit: number,
): Promise<BulkItem[]> {
  const params: unknown[] = [];
  const where = conditions(selection, params);
  params[0] = unitIds;
  const order = `(coalesce(c.series_year, 0), coalesce(c.series_no, 0), c.id)`;
  const after = cursor
    ? ` AND ${order} > ($${params.push(cursor.year)}::int, $${params.push(cursor.no)}::int, $${params.push(cursor.id)}::uuid)`
    : '';
  return manager.query(
    `SELECT c.id, coalesce(c.series_year, 0) AS order_year, coalesce(c.series_no, 0) AS order_no,
            c.number, pe.staff_code, c.holder_name, c.holder_date_of_birth::text,
            c.issued_on::text, c.expires_on::text, c.hours, c.result, c.signing_key_id, c.signature,
            c.printed_template, p.code AS programme_code, p.name AS programme_name, uv.name AS unit_name
       FROM certificates c
       JOIN programmes p ON p.id = c.programme_id
       JOIN people pe ON pe.id = c.person_id
       LEFT JOIN LATERAL (SELECT v.name FROM unit_versions v
                           WHERE v.unit_id = c.unit_id AND ${versionInForce('v', 'c.issued_on')}
                           LIMIT 1) uv ON true
      WHERE ${where}${after}
      ORDER BY ${order}
      LIMIT $${params.push(limit)}`,
    params,
  );
}
