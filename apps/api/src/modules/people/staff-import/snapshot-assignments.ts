import type { EntityManager } from 'typeorm';
import type { StaffImportRepository } from './staff-import.repository';
import type { AssignmentState, PersonState } from './staff-import.types';

const inForceOn = (a: { startDate: string; endDate: string | null }, day: string): boolean =>
  a.startDate <= day && (a.endDate === null || a.endDate >= day);

/**
 * What a snapshot plans against: the stored assignments of the file's people at the units of
 * the subtree (the only units its rows may name), and every assignment in force there on
 * asOf. Both come from one read of the subtree's assignments through their unit index, not a
 * scan of the national table; only the people who are not in the file but still work there are
 * looked up besides, by id.
 */
export async function readSnapshotAssignments(
  repository: StaffImportRepository,
  manager: EntityManager,
  subtree: ReadonlyMap<string, string>,
  filePeople: PersonState[],
  asOf: string,
): Promise<{ assignments: AssignmentState[]; inForce: AssignmentState[] }> {
  const stored = await repository.assignmentsAtUnits(manager, [...subtree.keys()]);
  const people = new Map<string, { staffCode: string; fullName: string }>();
  for (const person of filePeople) people.set(person.id!, person);
  const inFile = new Set(people.keys());
  const others = new Set<string>();
  for (const a of stored) {
    if (!people.has(a.personId) && inForceOn(a, asOf)) others.add(a.personId);
  }
  for (const person of await repository.namesOf(manager, [...others])) {
    people.set(person.id, person);
  }
  const assignments: AssignmentState[] = [];
  const inForce: AssignmentState[] = [];
  for (const a of stored) {
    const person = people.get(a.personId);
    if (!person) continue; // someone who left the subtree before asOf, not in the file
    const state: AssignmentState = {
      id: a.id,
      staffCode: person.staffCode,
      fullName: person.fullName,
      unitId: a.unitId,
      unitCode: subtree.get(a.unitId)!,
      position: a.position,
      communicationOfficer: a.communicationOfficer,
      startDate: a.startDate,
      endDate: a.endDate,
    };
    if (inFile.has(a.personId)) assignments.push(state);
    if (inForceOn(state, asOf)) inForce.push(state);
  }
  return { assignments, inForce };
}
