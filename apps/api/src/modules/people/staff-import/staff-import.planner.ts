import type { ImportPreviewRow, StaffImportMode } from '@loa/contracts';
import { addDays } from '../../../common/dates';
import { toFileDate } from '../roster/spreadsheet-text';
import type {
  AssignmentChange,
  AssignmentState,
  NewAssignment,
  PersonState,
  PlanProblem,
  ResolvedRow,
} from './staff-import.types';

export interface PlanInput {
  mode: StaffImportMode;
  asOf: string;
  rows: ResolvedRow[];
  /** The stored people among the file's staff codes. */
  people: Map<string, PersonState>;
  /** Every stored assignment of the file's people. */
  assignments: AssignmentState[];
  /** Snapshot mode: the assignments in force on asOf in the unit's subtree, in any order. */
  inForce: AssignmentState[];
}

export interface StaffImportPlan {
  personWrites: PersonState[];
  people: { created: number; updated: number; unchanged: number };
  inserts: NewAssignment[];
  changes: AssignmentChange[];
  /** Snapshot mode: assignments to end on asOf − 1 because the file does not list them. */
  endIds: string[];
  counts: { created: number; updated: number; ended: number; unchanged: number };
  preview: ImportPreviewRow[];
  problems: PlanProblem[];
}

const PERSON_FIELDS = ['fullName', 'dateOfBirth', 'gender', 'email', 'phone'] as const;
const PERSON_FIELD_NAMES: Record<(typeof PERSON_FIELDS)[number], string> = {
  fullName: 'họ tên',
  dateOfBirth: 'ngày sinh',
  gender: 'giới tính',
  email: 'email',
  phone: 'số điện thoại',
};

const keyOf = (staffCode: string, unitCode: string, start: string): string =>
  `${staffCode} · ${unitCode} · ${toFileDate(start)}`;

const inForceOn = (a: { startDate: string; endDate: string | null }, day: string): boolean =>
  a.startDate <= day && (a.endDate === null || a.endDate >= day);

/**
 * What a staff file does to the stored roster, computed without writing: the people to create
 * or update, the assignments to create, change or end, the counts and the preview. Empty optional
 * person cells (gender, email, phone) keep what is stored; assignment cells are taken as given.
 */
export function planStaffImport(input: PlanInput): StaffImportPlan {
  const plan: StaffImportPlan = {
    personWrites: [],
    people: { created: 0, updated: 0, unchanged: 0 },
    inserts: [],
    changes: [],
    endIds: [],
    counts: { created: 0, updated: 0, ended: 0, unchanged: 0 },
    preview: [],
    problems: [],
  };
  const personNotes = planPeople(input, plan);
  const byPerson = groupBy(input.assignments, (a) => a.staffCode);
  const matched = new Set<string>();
  for (const row of input.rows) {
    const own = (byPerson.get(row.staffCode) ?? []).filter((a) => a.unitId === row.unitId);
    const note = personNotes.get(row.staffCode) ?? '';
    if (input.mode === 'rows') planRowsMode(row, own, note, plan);
    else planSnapshotRow(row, own, input.asOf, note, plan, matched);
  }
  if (input.mode === 'snapshot') planEnds(input, matched, plan);
  return plan;
}

function planPeople(input: PlanInput, plan: StaffImportPlan): Map<string, string> {
  const notes = new Map<string, string>();
  for (const row of input.rows) {
    if (notes.has(row.staffCode)) continue;
    const stored = input.people.get(row.staffCode);
    const wanted: PersonState = {
      id: stored?.id ?? null,
      staffCode: row.staffCode,
      fullName: row.fullName,
      dateOfBirth: row.dateOfBirth,
      gender: row.gender ?? stored?.gender ?? null,
      email: row.email ?? stored?.email ?? null,
      phone: row.phone ?? stored?.phone ?? null,
    };
    if (!stored) {
      plan.personWrites.push(wanted);
      plan.people.created += 1;
      notes.set(row.staffCode, ' (cán bộ mới)');
      continue;
    }
    const changed = PERSON_FIELDS.filter((field) => stored[field] !== wanted[field]);
    if (changed.length === 0) {
      plan.people.unchanged += 1;
      notes.set(row.staffCode, '');
    } else {
      plan.personWrites.push(wanted);
      plan.people.updated += 1;
      const fields = changed.map((field) => PERSON_FIELD_NAMES[field]).join(', ');
      notes.set(row.staffCode, ` (cập nhật ${fields} của cán bộ)`);
    }
  }
  return notes;
}

function differences(row: ResolvedRow, stored: AssignmentState): string[] {
  const names: string[] = [];
  if (row.position !== stored.position) names.push('chức vụ');
  if (row.communicationOfficer !== stored.communicationOfficer) names.push('cán bộ truyền thông');
  if (row.endDate !== stored.endDate) names.push('ngày kết thúc');
  return names;
}

function planRowsMode(
  row: ResolvedRow,
  own: AssignmentState[],
  note: string,
  plan: StaffImportPlan,
): void {
  const key = keyOf(row.staffCode, row.unitCode, row.start);
  const stored = own.find((a) => a.startDate === row.start);
  if (!stored) {
    plan.inserts.push(newAssignment(row, row.start));
    created(plan, row.row, key, `Thêm nhiệm vụ của ${row.fullName}${note}`);
    return;
  }
  const changed = differences(row, stored);
  if (changed.length === 0) {
    unchanged(plan, row.row, key, `Không thay đổi${note}`);
    return;
  }
  plan.changes.push({
    id: stored.id,
    position: row.position,
    communicationOfficer: row.communicationOfficer,
    endDate: row.endDate,
  });
  updated(plan, row.row, key, `Cập nhật ${changed.join(', ')}${note}`);
}

/**
 * Snapshot: the row says "this person is at this unit on asOf". An assignment of theirs there
 * in force on asOf is that assignment (its stored start date stays); its end date may change in
 * place, but a new position or designation from asOf ends it on asOf − 1 and starts a new one
 * on asOf, so nothing before asOf changes. Otherwise a new assignment starts on the file's
 * start date (default asOf).
 */
function planSnapshotRow(
  row: ResolvedRow,
  own: AssignmentState[],
  asOf: string,
  note: string,
  plan: StaffImportPlan,
  matched: Set<string>,
): void {
  const current = own
    .filter((a) => inForceOn(a, asOf))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  if (!current) {
    const clash = own.find((a) => a.startDate === row.start);
    if (clash) {
      plan.problems.push({
        row: row.row,
        column: 'start_date',
        code: 'assignment_ended',
        message: `nhiệm vụ bắt đầu ngày ${toFileDate(row.start)} tại đơn vị này đã kết thúc ngày ${toFileDate(clash.endDate)}; hãy ghi ngày bắt đầu mới`,
      });
      return;
    }
    plan.inserts.push(newAssignment(row, row.start));
    created(
      plan,
      row.row,
      keyOf(row.staffCode, row.unitCode, row.start),
      `Thêm nhiệm vụ của ${row.fullName}${note}`,
    );
    return;
  }
  matched.add(current.id);
  const key = keyOf(row.staffCode, row.unitCode, current.startDate);
  const changed = differences(row, current);
  if (changed.length === 0) {
    unchanged(plan, row.row, key, `Không thay đổi${note}`);
    return;
  }
  const roleChanged =
    row.position !== current.position || row.communicationOfficer !== current.communicationOfficer;
  if (roleChanged && current.startDate < asOf) {
    plan.changes.push({
      id: current.id,
      position: current.position,
      communicationOfficer: current.communicationOfficer,
      endDate: addDays(asOf, -1),
    });
    plan.inserts.push(newAssignment(row, asOf));
    updated(plan, row.row, key, `Từ ${toFileDate(asOf)}: ${changed.join(', ')} mới${note}`);
    return;
  }
  plan.changes.push({
    id: current.id,
    position: row.position,
    communicationOfficer: row.communicationOfficer,
    endDate: row.endDate,
  });
  updated(plan, row.row, key, `Cập nhật ${changed.join(', ')}${note}`);
}

const vietnamese = new Intl.Collator('vi');

/** People by name as Vietnamese sorts them (as PostgreSQL's "vi-x-icu"), then staff code. */
const byNameThenCode = (a: AssignmentState, b: AssignmentState): number =>
  vietnamese.compare(a.fullName, b.fullName) ||
  (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0) ||
  (a.staffCode < b.staffCode ? -1 : a.staffCode > b.staffCode ? 1 : 0);

/** Snapshot: every assignment in force that no row matched ends on asOf − 1, listed by name. */
function planEnds(input: PlanInput, matched: Set<string>, plan: StaffImportPlan): void {
  const endOn = addDays(input.asOf, -1);
  const unmatched = input.inForce.filter((a) => !matched.has(a.id)).sort(byNameThenCode);
  for (const a of unmatched) {
    const key = keyOf(a.staffCode, a.unitCode, a.startDate);
    if (a.startDate >= input.asOf) {
      plan.problems.push({
        row: 1,
        column: 'staff_code',
        code: 'cannot_end',
        message: `tệp không có ${a.fullName} (${a.staffCode}) tại ${a.unitCode}, nhưng nhiệm vụ này bắt đầu đúng ngày ${toFileDate(input.asOf)} nên không thể kết thúc vào ngày hôm trước; hãy thêm vào tệp hoặc sửa trực tiếp`,
      });
      continue;
    }
    plan.endIds.push(a.id);
    plan.counts.ended += 1;
    plan.preview.push({
      row: 0,
      action: 'end',
      key,
      summary: `Kết thúc nhiệm vụ của ${a.fullName} ngày ${toFileDate(endOn)} (không có trong tệp)`,
    });
  }
}

const newAssignment = (row: ResolvedRow, start: string): NewAssignment => ({
  staffCode: row.staffCode,
  unitId: row.unitId,
  position: row.position,
  communicationOfficer: row.communicationOfficer,
  startDate: start,
  endDate: row.endDate,
});

function created(plan: StaffImportPlan, row: number, key: string, summary: string): void {
  plan.counts.created += 1;
  plan.preview.push({ row, action: 'create', key, summary });
}

function updated(plan: StaffImportPlan, row: number, key: string, summary: string): void {
  plan.counts.updated += 1;
  plan.preview.push({ row, action: 'update', key, summary });
}

function unchanged(plan: StaffImportPlan, row: number, key: string, summary: string): void {
  plan.counts.unchanged += 1;
  plan.preview.push({ row, action: 'unchanged', key, summary });
}

function groupBy<T>(items: T[], keyOfItem: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOfItem(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
