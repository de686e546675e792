import { ROOT_UNIT_CODE, type ImportPreviewRow, type UnitKind } from '@loa/contracts';
import { SINCE_ALWAYS } from '../../common/dates';
import { parseFileDate } from '../imports/file-values';
import type { TableRow } from '../imports/read-table';
import { RowErrorCollector } from '../imports/row-errors';
import { displayDate, isUnitCode } from './unit-code';
import type { UnitColumn } from './unit-import-columns';
import { DbUnit, UnitImportSnapshot, versionOn } from './unit-import-snapshot';
import { UNIT_KIND_LABEL_VI, parseUnitKind } from './unit-kind-names';
import { changeKind, VersionChange } from './unit-writer';

/** A row that passed the checks of its own cells. */
interface ParsedRow {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  from: string;
  /** False when the row gave no date: a change then applies from today, a new unit from its parent's start. */
  dated: boolean;
}

export interface PlannedCreate extends ParsedRow {
  action: 'create';
}

export interface PlannedUpdate extends ParsedRow {
  action: 'update';
  unitId: string;
  versionId: string;
  /** The version began on `from`: its content is replaced instead of ending it. */
  inPlace: boolean;
  change: VersionChange;
}

export interface PlannedUnchanged extends ParsedRow {
  action: 'unchanged';
}

export type PlannedRow = PlannedCreate | PlannedUpdate | PlannedUnchanged;

const MAX_NAME_LENGTH = 300;

/**
 * Checks every row of a units import against the file itself and the database, and says what
 * each row will do. Every problem of every row is collected; nothing is decided by I/O here.
 */
export function planUnitsImport(
  rows: TableRow<UnitColumn>[],
  headers: Record<UnitColumn, string>,
  snapshot: UnitImportSnapshot,
  today: string,
): { planned: PlannedRow[]; errors: RowErrorCollector } {
  const errors = new RowErrorCollector();
  const fail = (row: number, column: UnitColumn, code: string, problem: string) =>
    errors.add(row, headers[column], code, problem);

  const parsed = rows.flatMap((row) => parseRow(row, fail, today));
  const byCode = new Map<string, ParsedRow>();
  const unique: ParsedRow[] = [];
  for (const row of parsed) {
    const first = byCode.get(row.code);
    if (first) {
      fail(row.row, 'code', 'duplicate_code', `mã ${row.code} trùng với dòng ${first.row}`);
    } else {
      byCode.set(row.code, row);
      unique.push(row);
    }
  }

  for (const row of unique) {
    if (!row.dated && !snapshot.units.has(row.code))
      row.from = startOfParent(row, byCode, snapshot);
  }

  const planned: PlannedRow[] = [];
  for (const row of unique) {
    const db = snapshot.units.get(row.code);
    const plan = db ? planExisting(row, db, fail) : { ...row, action: 'create' as const };
    if (!plan) continue;
    if (!checkParent(row, plan, byCode, snapshot, fail)) continue;
    if (!checkAccess(plan, db, snapshot, byCode, fail)) continue;
    planned.push(plan);
  }
  const inCycle = findCycles(unique, snapshot.latestParent);
  for (const [row, path] of inCycle) {
    fail(row.row, 'parent_code', 'cycle', `tạo thành vòng lặp trong cây đơn vị: ${path}`);
  }
  return { planned: planned.filter((p) => !inCycle.has(byCode.get(p.code)!)), errors };
}

type Fail = (row: number, column: UnitColumn, code: string, problem: string) => void;

function parseRow({ row, values }: TableRow<UnitColumn>, fail: Fail, today: string) {
  let ok = true;
  const problem = (column: UnitColumn, code: string, text: string) => {
    fail(row, column, code, text);
    ok = false;
  };
  const code = values.code ?? '';
  if (!code) problem('code', 'required', 'không được để trống');
  else if (!isUnitCode(code))
    problem('code', 'invalid_code', `mã "${code}" chỉ được gồm chữ không dấu, chữ số và . _ -`);
  const name = values.name ?? '';
  if (!name) problem('name', 'required', 'không được để trống');
  else if (name.length > MAX_NAME_LENGTH) problem('name', 'too_long', 'tên quá dài');
  const kind = parseUnitKind(values.kind);
  if (!values.kind) problem('kind', 'required', 'không được để trống');
  else if (!kind)
    problem(
      'kind',
      'invalid_kind',
      `"${values.kind}" không phải loại đơn vị hợp lệ (ví dụ: Trường mầm non, Trường tiểu học, Trường THCS, UBND xã, Phòng)`,
    );
  const parentCode = values.parent_code ?? null;
  if (!parentCode && code !== ROOT_UNIT_CODE)
    problem('parent_code', 'required', 'không được để trống');
  else if (parentCode && parentCode === code)
    problem('parent_code', 'cycle', 'đơn vị không thể là cấp trên của chính nó');
  let from = today;
  if (values.effective_from) {
    const date = parseFileDate(values.effective_from);
    if (!date)
      problem(
        'effective_from',
        'invalid_date',
        `ngày ${values.effective_from} không tồn tại hoặc không đúng dạng dd/mm/yyyy`,
      );
    else from = date;
  }
  const dated = Boolean(values.effective_from);
  return ok ? [{ row, code, name, kind: kind!, parentCode, from, dated }] : [];
}

/**
 * A unit recorded without a date has existed as long as its parent: a school imported today
 * under a commune answers for the commune's whole history, so rosters can start in the past.
 */
function startOfParent(
  row: ParsedRow,
  byCode: Map<string, ParsedRow>,
  snapshot: UnitImportSnapshot,
): string {
  const seen = new Set([row.code]);
  let parentCode = row.parentCode;
  while (parentCode !== null && !seen.has(parentCode)) {
    seen.add(parentCode);
    const db = snapshot.units.get(parentCode);
    if (db) return db.versions[0]?.validFrom ?? SINCE_ALWAYS;
    const inFile = byCode.get(parentCode);
    if (!inFile) break;
    if (inFile.dated) return inFile.from;
    parentCode = inFile.parentCode;
  }
  return SINCE_ALWAYS;
}

function planExisting(row: ParsedRow, db: DbUnit, fail: Fail): PlannedRow | null {
  if (db.closedOn && db.closedOn <= row.from) {
    fail(
      row.row,
      'effective_from',
      'unit_closed',
      `đơn vị ${row.code} đã giải thể từ ngày ${displayDate(db.closedOn)}`,
    );
    return null;
  }
  const version = versionOn(db, row.from);
  if (!version) {
    fail(
      row.row,
      'effective_from',
      'not_in_force',
      `đơn vị ${row.code} chưa tồn tại vào ngày ${displayDate(row.from)}`,
    );
    return null;
  }
  const change = changeKind(version, row);
  if (!change) return { ...row, action: 'unchanged' };
  if (version.validTo) {
    fail(
      row.row,
      'effective_from',
      'changed_later',
      `đơn vị ${row.code} đã có thay đổi từ ngày ${displayDate(version.validTo)}; ngày hiệu lực phải từ ngày đó trở đi`,
    );
    return null;
  }
  if (version.parentCode === null && row.parentCode !== null) {
    fail(row.row, 'parent_code', 'cycle', 'không thể chuyển đơn vị gốc vào đơn vị khác');
    return null;
  }
  return {
    ...row,
    action: 'update',
    unitId: db.id,
    versionId: version.id,
    inPlace: version.validFrom === row.from,
    change,
  };
}

/** The parent exists on the row's date, in the database or created by the file. */
function checkParent(
  row: ParsedRow,
  plan: PlannedRow,
  byCode: Map<string, ParsedRow>,
  snapshot: UnitImportSnapshot,
  fail: Fail,
): boolean {
  if (row.parentCode === null || plan.action === 'unchanged') return true;
  const db = snapshot.units.get(row.parentCode);
  const inFile = byCode.get(row.parentCode);
  if (!db && !inFile) {
    fail(
      row.row,
      'parent_code',
      'unknown_parent',
      `không có đơn vị cấp trên mã ${row.parentCode} (không có trong hệ thống và trong tệp)`,
    );
    return false;
  }
  const exists =
    (db && versionOn(db, row.from) && !(db.closedOn && db.closedOn <= row.from)) ||
    (!db && inFile && inFile.from <= row.from);
  if (!exists) {
    fail(
      row.row,
      'parent_code',
      'parent_not_in_force',
      `đơn vị cấp trên ${row.parentCode} không tồn tại vào ngày ${displayDate(row.from)}`,
    );
  }
  return Boolean(exists);
}

/** Managers: only units in their scope; changes only strictly below the units they manage. */
function checkAccess(
  plan: PlannedRow,
  db: DbUnit | undefined,
  snapshot: UnitImportSnapshot,
  byCode: Map<string, ParsedRow>,
  fail: Fail,
): boolean {
  const { readable, changeable } = snapshot;
  if (readable === null || changeable === null) return true;
  const outside = (column: UnitColumn, code: string) => {
    fail(plan.row, column, 'out_of_scope', `đơn vị ${code} ngoài phạm vi quản lý`);
    return false;
  };
  if (plan.action === 'unchanged') return readable.has(db!.id) || outside('code', plan.code);
  if (plan.action === 'update' && !changeable.has(db!.id)) return outside('code', plan.code);
  const parent = plan.parentCode ? snapshot.units.get(plan.parentCode) : undefined;
  if (parent && !readable.has(parent.id)) return outside('parent_code', plan.parentCode!);
  if (!parent && plan.parentCode && !byCode.has(plan.parentCode))
    return outside('parent_code', plan.parentCode);
  return true;
}

/** File rows whose code ends up above itself, with the loop spelt out ("A → B → A"). */
function findCycles(
  rows: ParsedRow[],
  latestParent: Map<string, string | null>,
): Map<ParsedRow, string> {
  const parentOf = new Map(latestParent);
  for (const row of rows) parentOf.set(row.code, row.parentCode);
  const found = new Map<ParsedRow, string>();
  for (const row of rows) {
    const chain = [row.code];
    let current = parentOf.get(row.code) ?? null;
    while (current !== null && chain.length <= 256) {
      chain.push(current);
      if (current === row.code) {
        found.set(row, chain.join(' → '));
        break;
      }
      if (chain.indexOf(current) !== chain.length - 1) break; // a loop above, not through row
      current = parentOf.get(current) ?? null;
    }
  }
  return found;
}

/** One line of the preview, in Vietnamese. */
export function previewOf(plan: PlannedRow, before?: DbUnit): ImportPreviewRow {
  const when = displayDate(plan.from);
  const kind = UNIT_KIND_LABEL_VI[plan.kind];
  if (plan.action === 'create') {
    return {
      row: plan.row,
      action: 'create',
      key: plan.code,
      summary: `Tạo mới ${plan.name} (${kind}), thuộc ${plan.parentCode}, từ ${when}`,
    };
  }
  if (plan.action === 'unchanged') {
    return { row: plan.row, action: 'unchanged', key: plan.code, summary: 'Không thay đổi' };
  }
  const old = before ? versionOn(before, plan.from) : undefined;
  const parts: string[] = [];
  if (old && old.name !== plan.name) parts.push(`đổi tên "${old.name}" thành "${plan.name}"`);
  if (old && old.kind !== plan.kind) parts.push(`đổi loại thành ${kind}`);
  if (old && old.parentCode !== plan.parentCode)
    parts.push(`chuyển từ ${old.parentCode} sang ${plan.parentCode}`);
  const text = parts.join(', ');
  return {
    row: plan.row,
    action: 'update',
    key: plan.code,
    summary: `${text.charAt(0).toUpperCase()}${text.slice(1)}, từ ${when}`,
  };
}
