import type { UnitKind } from '@loa/contracts';
import { DataSource } from 'typeorm';
import { unique } from './unique';

export interface CreatedUnit {
  id: string;
  code: string;
  name: string;
}

/** A unit (one version) under `parentCode` (default the root SGDDT), valid from `validFrom`. */
export async function createUnit(
  ds: DataSource,
  options: {
    code?: string;
    name?: string;
    kind?: UnitKind;
    parentCode?: string;
    validFrom?: string;
  } = {},
): Promise<CreatedUnit> {
  const code = options.code ?? unique('U');
  const name = options.name ?? `Đơn vị thử ${code}`;
  const [unit] = await ds.query(`INSERT INTO units (code) VALUES ($1) RETURNING id`, [code]);
  await ds.query(
    `INSERT INTO unit_versions (unit_id, name, kind, parent_id, valid_from)
     VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5)`,
    [
      unit.id,
      name,
      options.kind ?? 'other',
      options.parentCode ?? 'SGDDT',
      options.validFrom ?? '2000-01-01',
    ],
  );
  return { id: unit.id, code, name };
}

/**
 * A small branch for authorisation tests: own (a commune), child (a school under it),
 * sibling (another commune), and other (a school under the sibling).
 */
export async function createBranches(ds: DataSource) {
  const own = await createUnit(ds, { kind: 'commune', name: 'Phường Thử Nghiệm' });
  const child = await createUnit(ds, {
    kind: 'primary',
    parentCode: own.code,
    name: 'Trường Tiểu học Thử',
  });
  const sibling = await createUnit(ds, { kind: 'commune', name: 'Xã Bên Cạnh' });
  const other = await createUnit(ds, {
    kind: 'preschool',
    parentCode: sibling.code,
    name: 'Trường Mầm non Khác',
  });
  return { own, child, sibling, other };
}
