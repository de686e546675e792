import { ROOT_UNIT_CODE } from '@loa/contracts';
import type { DemoAccount, DemoAssignment, DemoCity, DemoPerson } from './demo-city.types';
import { DemoStaffGenerator } from './demo-staff.generator';
import { DEMO_COMMUNE_CODE, communeUnitCode, generateDemoUnits } from './demo-units.generator';
import { SeededRandom } from './seeded-random';

/** The fixed seed of the demo city: change it and every demo name and date changes. */
export const DEMO_SEED = 20250701;
export const DEMO_PASSWORD = 'loa-demo';
/** The school of the demo learner: the first primary school of the demo commune. */
const LEARNER_SCHOOL_CODE = `TH-${DEMO_COMMUNE_CODE}-01`;

const currentPostsAt = (assignments: DemoAssignment[], unitCode: string) =>
  assignments.filter((a) => a.unitCode === unitCode && a.endDate === null);

function demoAccounts(city: Omit<DemoCity, 'accounts'>): DemoAccount[] {
  const communeCode = communeUnitCode(DEMO_COMMUNE_CODE);
  const nameOf = (code: string) =>
    city.versions.filter((v) => v.code === code && v.validTo === null)[0].name;
  const personOf = (staffCode: string): DemoPerson =>
    city.people.find((p) => p.staffCode === staffCode)!;
  const head = currentPostsAt(city.assignments, communeCode)[0];
  const officer = currentPostsAt(city.assignments, LEARNER_SCHOOL_CODE).find(
    (a) => a.communicationOfficer,
  )!;
  return [
    {
      username: 'admin',
      displayName: 'Quản trị Sở GD&ĐT',
      description: 'quản trị Sở (department administrator)',
      staffCode: null,
      grants: [{ role: 'department_admin', unitCode: ROOT_UNIT_CODE }],
    },
    {
      username: 'manager',
      displayName: personOf(head.staffCode).fullName,
      description: `quản lý ${nameOf(communeCode)} (unit manager)`,
      staffCode: head.staffCode,
      grants: [{ role: 'unit_manager', unitCode: communeCode }],
    },
    {
      username: 'learner',
      displayName: personOf(officer.staffCode).fullName,
      description: `cán bộ truyền thông ${nameOf(LEARNER_SCHOOL_CODE)} (communication officer)`,
      staffCode: officer.staffCode,
      grants: [{ role: 'learner', unitCode: LEARNER_SCHOOL_CODE }],
    },
  ];
}

/** The whole demo city, in memory: the same seed always gives the same city. */
export function generateDemoCity(seed: number = DEMO_SEED): DemoCity {
  const rng = new SeededRandom(seed);
  const versions = generateDemoUnits(rng);
  const { people, assignments } = new DemoStaffGenerator(rng, versions).generate();
  const unitCodes = [...new Set(versions.map((v) => v.code))];
  const city = { unitCodes, versions, people, assignments };
  return { ...city, accounts: demoAccounts(city) };
}
