import type { UnitKind } from '@loa/contracts';

export interface DbVersion {
  id: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface DbUnit {
  id: string;
  code: string;
  closedOn: string | null;
  /** Oldest first. */
  versions: DbVersion[];
}

/** What the database holds that an import of units needs to be checked against. */
export interface UnitImportSnapshot {
  /** Units named in the file, as unit or as parent, by code. */
  units: Map<string, DbUnit>;
  /** Code → parent code in the latest version, for the file's units and all their ancestors. */
  latestParent: Map<string, string | null>;
  /** Unit ids the caller may see (null: all) and may change (null: all). */
  readable: Set<string> | null;
  changeable: Set<string> | null;
}

export const versionOn = (unit: DbUnit, date: string): DbVersion | undefined =>
  unit.versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo > date));
