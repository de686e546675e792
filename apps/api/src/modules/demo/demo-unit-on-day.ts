import type { DemoAssignment, DemoCity } from './demo-city.types';

const inForce = (a: DemoAssignment, day: string): boolean =>
  a.startDate <= day && (a.endDate === null || a.endDate >= day);

/**
 * The holder's unit on a day, as the issuing service reads it (UNIT_ON_DAY in
 * certificate-issuer.service.ts) but from the generated city: the assignment in force then, a
 * communication-officer one first, then the latest started; with none in force, the latest.
 */
export function demoUnitOnDay(city: DemoCity): (staffCode: string, day: string) => string {
  const byPerson = new Map<string, DemoAssignment[]>();
  for (const a of city.assignments) {
    const list = byPerson.get(a.staffCode) ?? [];
    list.push(a);
    byPerson.set(a.staffCode, list);
  }
  return (staffCode, day) => {
    const ranked = [...(byPerson.get(staffCode) ?? [])].sort(
      (x, y) =>
        Number(inForce(y, day)) - Number(inForce(x, day)) ||
        Number(y.communicationOfficer) - Number(x.communicationOfficer) ||
        (x.startDate < y.startDate ? 1 : x.startDate > y.startDate ? -1 : 0) ||
        (x.unitCode < y.unitCode ? -1 : x.unitCode > y.unitCode ? 1 : 0),
    );
    if (!ranked[0]) throw new Error(`demo: ${staffCode} has no assignment`);
    return ranked[0].unitCode;
  };
}
