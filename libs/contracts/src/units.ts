import type { UnitKind } from './unit-kinds';

export interface UnitRef {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface UnitNode extends UnitRef {
  childCount: number;
}

export interface UnitDetail extends UnitRef {
  parent: UnitRef | null;
  /** From the root to this unit's parent, as of the date asked. */
  path: UnitRef[];
  childCount: number;
  /** Persons with an assignment in force here or below, as of the date asked. */
  staffCount: number;
  closedOn: string | null;
  mergedInto: UnitRef | null;
}

export interface UnitVersionView {
  name: string;
  kind: UnitKind;
  parent: UnitRef | null;
  validFrom: string;
  /** Exclusive: the version applies on dates before this one. */
  validTo: string | null;
  change: 'created' | 'renamed' | 'moved' | 'updated' | 'closed' | 'merged';
}

export interface UnitSearchHit extends UnitRef {
  path: UnitRef[];
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  ended: number;
  unchanged: number;
  /** Per-row preview of what the import does (or did). */
  preview?: ImportPreviewRow[];
}

export interface ImportPreviewRow {
  row: number;
  action: 'create' | 'update' | 'end' | 'unchanged';
  key: string;
  summary: string;
}

/** `POST /api/units`: a new unit under `parentCode`, existing from `effectiveFrom` (default today). */
export interface CreateUnitRequest {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string;
  effectiveFrom?: string;
}

/** `PATCH /api/units/:code`: rename, re-kind or move from `effectiveFrom`; earlier dates keep the old. */
export interface UpdateUnitRequest {
  name?: string;
  kind?: UnitKind;
  parentCode?: string;
  effectiveFrom: string;
}

/** `POST /api/units/:code/close`: the unit no longer exists from `closedOn` (merged, if given). */
export interface CloseUnitRequest {
  closedOn: string;
  mergedIntoCode?: string;
}
