/** Which roster to read: the unit (and, with `subtree`, every unit below it) on `asOf`. */
export interface RosterFilter {
  unitId: string;
  asOf: string;
  subtree: boolean;
  /** Part of a name (accents optional) or a staff code. */
  q?: string;
  communicationOfficer?: boolean;
}
