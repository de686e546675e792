import { createHash } from 'node:crypto';
import { readCommuneCatalogue } from './commune-catalogue';
import { SCALE_PROFILES } from './scale-profiles';
import {
  generateScaleStaff,
  HISTORY_FROM,
  LATEST_START,
  type ScaleAssignment,
  type ScalePerson,
} from './scale-staff.generator';
import { generateScaleTree } from './scale-units.generator';

const ROOT_ID = '00000000-0000-4000-8000-000000000000';
const catalogue = readCommuneCatalogue();

function staffOf(scale: 'smoke' | 'city') {
  const tree = generateScaleTree(catalogue, SCALE_PROFILES[scale], ROOT_ID);
  const people: ScalePerson[] = [];
  const assignments: ScaleAssignment[] = [];
  for (const unitStaff of generateScaleStaff(tree, SCALE_PROFILES[scale])) {
    people.push(...unitStaff.people);
    assignments.push(...unitStaff.assignments);
  }
  return { tree, people, assignments };
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateScaleStaff', () => {
  const smoke = staffOf('smoke');
  const byPerson = new Map<string, ScaleAssignment[]>();
  for (const a of smoke.assignments) {
    byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  }
  const histories = [...byPerson.values()];

  it('is deterministic: the same scale gives byte-identical rows', () => {
    const again = staffOf('smoke');
    expect(digest([again.people, again.assignments])).toBe(
      digest([smoke.people, smoke.assignments]),
    );
  });

  it('staffs the smoke scale with about 5,000 people and 300–450 officers', () => {
    expect(smoke.people.length).toBeGreaterThan(4_000);
    expect(smoke.people.length).toBeLessThan(6_000);
    const officers = smoke.assignments.filter((a) => a.communicationOfficer && !a.endDate);
    expect(officers.length).toBeGreaterThan(300);
    expect(officers.length).toBeLessThan(450);
  });

  it('staffs the city with about 41,000 people', () => {
    const city = staffOf('city');
    expect(city.people.length).toBeGreaterThan(37_000);
    expect(city.people.length).toBeLessThan(45_000);
  });

  it('numbers staff NV + 7 digits in order, each with at least one assignment', () => {
    expect(smoke.people.map((p) => p.staffCode).slice(0, 2)).toEqual(['NV0000001', 'NV0000002']);
    expect(new Set(smoke.people.map((p) => p.staffCode)).size).toBe(smoke.people.length);
    expect(byPerson.size).toBe(smoke.people.length);
  });

  it('keeps every assignment valid: known unit, dates in range, unique (person, unit, start)', () => {
    const unitIds = new Set(smoke.tree.units.map((u) => u.id));
    const wrong = smoke.assignments.filter(
      (a) =>
        !unitIds.has(a.unitId) ||
        a.startDate < HISTORY_FROM ||
        a.startDate > LATEST_START ||
        (a.endDate !== null && a.endDate < a.startDate),
    );
    expect(wrong).toEqual([]);
    const keys = new Set(smoke.assignments.map((a) => `${a.personId}/${a.unitId}/${a.startDate}`));
    expect(keys.size).toBe(smoke.assignments.length);
  });

  it('has departures: people whose only post ended', () => {
    const departed = histories.filter((h) => h.every((a) => a.endDate !== null));
    expect(departed.length).toBeGreaterThan(smoke.people.length * 0.02);
  });

  it('has moves: a post ended at one school and the next begun the day after at another', () => {
    const moves = histories.filter((h) =>
      h.some(
        (ended) =>
          ended.endDate &&
          h.some(
            (next) =>
              next.unitId !== ended.unitId &&
              next.endDate === null &&
              Date.parse(next.startDate) - Date.parse(ended.endDate!) === 86_400_000,
          ),
      ),
    );
    expect(moves.length).toBeGreaterThan(smoke.people.length * 0.01);
  });

  it('has second posts: people holding two posts at once at different units', () => {
    const onDay = '2026-11-01';
    const inForce = (a: ScaleAssignment) =>
      a.startDate <= onDay && (a.endDate === null || a.endDate >= onDay);
    const doubled = histories.filter(
      (h) => new Set(h.filter(inForce).map((a) => a.unitId)).size > 1,
    );
    expect(doubled.length).toBeGreaterThan(smoke.people.length * 0.005);
  });

  it('never makes a head the communication officer, and spreads starts over 2015–2026', () => {
    const heads = new Set(['Hiệu trưởng', 'Giám đốc Sở', 'Trưởng phòng Văn hóa - Xã hội']);
    expect(smoke.assignments.some((a) => a.communicationOfficer && heads.has(a.position))).toBe(
      false,
    );
    const years = new Set(smoke.assignments.map((a) => a.startDate.slice(0, 4)));
    expect([...years].sort()).toEqual(Array.from({ length: 12 }, (_, i) => String(2015 + i)));
  });
});
