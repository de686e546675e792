import type { ColumnSpec } from '../imports/read-table';

export type UnitColumn = 'code' | 'name' | 'kind' | 'parent_code' | 'effective_from';

/** The columns of `POST /api/units/import` (contract.md), English key and Vietnamese name. */
export const UNIT_IMPORT_COLUMNS: ColumnSpec<UnitColumn>[] = [
  { key: 'code', aliases: ['Mã đơn vị'], required: true },
  { key: 'name', aliases: ['Tên đơn vị'], required: true },
  { key: 'kind', aliases: ['Loại đơn vị'], required: true },
  { key: 'parent_code', aliases: ['Mã đơn vị cấp trên'], required: true },
  { key: 'effective_from', aliases: ['Hiệu lực từ', 'Ngày hiệu lực'], required: false },
];
