import type { UnitKind, UnitVersionView } from '@loa/contracts';
import { EntityManager, QueryFailedError } from 'typeorm';
import { DomainError } from '../../common/domain-error';

export type VersionChange = UnitVersionView['change'];

/** A version to insert; the unit and its parent are named by code. */
export interface NewVersion {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  validFrom: string;
  change: VersionChange;
}

/** A version whose content is replaced (a change on the very day the version began). */
export interface VersionRewrite {
  versionId: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  change: VersionChange;
}

export interface VersionEnd {
  versionId: string;
  validTo: string;
}

const conflict = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Dữ liệu đơn vị vừa bị thay đổi bởi người khác hoặc bị trùng; vui lòng thử lại',
    'The units were changed by someone else or clash; please try again',
  );

/** Unique and exclusion violations (a concurrent change) become 409. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as QueryFailedError & { code?: string }).code;
    if (error instanceof QueryFailedError && (code === '23505' || code === '23P01'))
      throw conflict();
    throw error;
  }
}

/** Set-based writes of the effective-dated tree, always inside the caller's transaction. */
export const unitWriter = {
  async insertUnits(manager: EntityManager, codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    await guarded(() =>
      manager.query(`INSERT INTO units (code) SELECT unnest($1::varchar[])`, [codes]),
    );
  },

  async endVersions(manager: EntityManager, ends: VersionEnd[]): Promise<void> {
    if (ends.length === 0) return;
    await guarded(() =>
      manager.query(
        `UPDATE unit_versions v SET valid_to = x.valid_to
           FROM unnest($1::uuid[], $2::date[]) AS x(id, valid_to) WHERE v.id = x.id`,
        [ends.map((e) => e.versionId), ends.map((e) => e.validTo)],
      ),
    );
  },

  async rewriteVersions(
    manager: EntityManager,
    rewrites: VersionRewrite[],
    actorUserId: string,
  ): Promise<void> {
    if (rewrites.length === 0) return;
    await guarded(() =>
      manager.query(
        `UPDATE unit_versions v
            SET name = x.name, kind = x.kind, parent_id = p.id, change = x.change, created_by = $6
           FROM unnest($1::uuid[], $2::text[], $3::varchar[], $4::varchar[], $5::varchar[])
                AS x(id, name, kind, parent_code, change)
           LEFT JOIN units p ON p.code = x.parent_code
          WHERE v.id = x.id`,
        [
          rewrites.map((r) => r.versionId),
          rewrites.map((r) => r.name),
          rewrites.map((r) => r.kind),
          rewrites.map((r) => r.parentCode),
          rewrites.map((r) => r.change),
          actorUserId,
        ],
      ),
    );
  },

  async insertVersions(
    manager: EntityManager,
    versions: NewVersion[],
    actorUserId: string,
  ): Promise<void> {
    if (versions.length === 0) return;
    await guarded(() =>
      manager.query(
        `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from, change, created_by)
         SELECT u.id, x.name, x.kind, p.id, x.valid_from, x.change, $7
           FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::varchar[], $5::date[], $6::varchar[])
                AS x(code, name, kind, parent_code, valid_from, change)
           JOIN units u ON u.code = x.code
           LEFT JOIN units p ON p.code = x.parent_code`,
        [
          versions.map((v) => v.code),
          versions.map((v) => v.name),
          versions.map((v) => v.kind),
          versions.map((v) => v.parentCode),
          versions.map((v) => v.validFrom),
          versions.map((v) => v.change),
          actorUserId,
        ],
      ),
    );
  },

  async markClosed(
    manager: EntityManager,
    unitId: string,
    closedOn: string,
    mergedIntoId: string | null,
  ): Promise<void> {
    await manager.query(`UPDATE units SET closed_on = $2, merged_into_id = $3 WHERE id = $1`, [
      unitId,
      closedOn,
      mergedIntoId,
    ]);
  },
};

/** What kind of change turns one version into the next. */
export function changeKind(
  before: { name: string; kind: UnitKind; parentCode: string | null },
  after: { name: string; kind: UnitKind; parentCode: string | null },
): VersionChange | null {
  const renamed = before.name !== after.name;
  const moved = before.parentCode !== after.parentCode;
  const rekinded = before.kind !== after.kind;
  if (!renamed && !moved && !rekinded) return null;
  if (renamed && !moved && !rekinded) return 'renamed';
  if (moved && !renamed && !rekinded) return 'moved';
  return 'updated';
}
