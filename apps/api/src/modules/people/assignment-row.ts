import type { AssignmentView, UnitKind } from '@loa/contracts';

/** An assignment as the people queries select it (dates as text, unit as of a date). */
export interface AssignmentRow {
  id: string;
  unit_code: string;
  unit_name: string;
  unit_kind: UnitKind;
  position: string | null;
  is_communication_officer: boolean;
  start_date: string;
  end_date: string | null;
}

export const ASSIGNMENT_COLUMNS = `a.id, u.code AS unit_code, uv.name AS unit_name, uv.kind AS unit_kind,
  a.position, a.is_communication_officer, a.start_date::text AS start_date, a.end_date::text AS end_date`;

export const toAssignmentView = (row: AssignmentRow): AssignmentView => ({
  id: row.id,
  unit: { code: row.unit_code, name: row.unit_name, kind: row.unit_kind },
  position: row.position,
  communicationOfficer: row.is_communication_officer,
  startDate: row.start_date,
  endDate: row.end_date,
});
