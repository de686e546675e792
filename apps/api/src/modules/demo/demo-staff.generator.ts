import type { DemoAssignment, DemoPerson, DemoUnitVersion } from './demo-city.types';
import { SCHOOL_KINDS } from './demo-units.generator';
import { addDaysFast } from './day-numbers';
import { SeededRandom } from './seeded-random';
import { DIVISION_PROFILE_OVERRIDES, STAFF_PROFILES, positionsFor } from './staff-profiles';
import { Gender, generateFullName } from './vietnamese-names';

/** Nobody in the demo starts later than this, so every current post is in force from then on. */
export const LATEST_START = '2026-10-31';
/** Commune-level education offices exist since the July 2025 reform. */
const COMMUNE_OFFICES_FROM = '2025-07-01';
const HISTORY_FROM = '2010-01-01';
const LEFT_SHARE = 0.03;
const MOVED_SHARE = 0.02;
const SECOND_POST_SHARE = 0.015;
const TWO_OFFICERS_SHARE = 0.3;

export interface DemoStaff {
  people: DemoPerson[];
  assignments: DemoAssignment[];
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);

/** Generates the staff of every unit: current posts, predecessors who left, movers, second posts. */
export class DemoStaffGenerator {
  private readonly people: DemoPerson[] = [];
  private readonly assignments: DemoAssignment[] = [];
  private readonly schoolsByKind = new Map<string, string[]>();

  constructor(
    private readonly rng: SeededRandom,
    private readonly versions: readonly DemoUnitVersion[],
  ) {
    for (const v of versions) {
      if (v.change !== 'created' || !SCHOOL_KINDS.includes(v.kind)) continue;
      const list = this.schoolsByKind.get(v.kind) ?? [];
      list.push(v.code);
      this.schoolsByKind.set(v.kind, list);
    }
  }

  generate(): DemoStaff {
    const currentParent = new Map(
      this.versions.filter((v) => v.validTo === null).map((v) => [v.code, v.parentCode]),
    );
    const kindOf = new Map(this.versions.map((v) => [v.code, v.kind]));
    for (const v of this.versions) {
      if (v.change !== 'created') continue;
      const parent = currentParent.get(v.code)!;
      this.staffUnit(v, kindOf.get(parent) === 'commune' ? parent : null);
    }
    return { people: this.people, assignments: this.assignments };
  }

  private staffUnit(unit: DemoUnitVersion, commune: string | null): void {
    const base = STAFF_PROFILES[unit.kind];
    if (!base) return;
    const profile = { ...base, ...DIVISION_PROFILE_OVERRIDES[unit.code] };
    const size = this.rng.int(...profile.size);
    const deputies = this.rng.int(...profile.deputies);
    const positions = positionsFor(profile, size, deputies);
    const officerCount = this.rng.chance(TWO_OFFICERS_SHARE) ? 2 : 1;
    // The head is never the communication officer; anyone else may be.
    const officers = new Set(this.rng.sample(positions.map((_, i) => i).slice(1), officerCount));
    positions.forEach((position, slot) => {
      const communicationOfficer = officers.has(slot);
      const post = { unitCode: unit.code, position, communicationOfficer };
      if (unit.kind === 'commune') {
        const person = this.person(profile.femaleShare, slot === 0);
        const startDate = this.rng.date(COMMUNE_OFFICES_FROM, '2025-09-30');
        this.assign(person, { ...post, startDate, endDate: null });
        return;
      }
      const roll = this.rng.next();
      let earliestStart = HISTORY_FROM;
      if (roll < LEFT_SHARE) earliestStart = this.predecessorWhoLeft(profile.femaleShare, post);
      const person = this.person(profile.femaleShare, slot === 0);
      const joinable = maxDate(earliestStart, this.earliestStart(person));
      const movedFrom =
        roll >= LEFT_SHARE && roll < LEFT_SHARE + MOVED_SHARE && joinable <= '2019-12-31'
          ? this.previousSchool(unit)
          : undefined;
      let startDate = joinable;
      if (movedFrom) startDate = this.previousPost(person, movedFrom, profile.rank, joinable);
      else if (earliestStart === HISTORY_FROM) startDate = this.rng.date(joinable, '2026-09-05');
      this.assign(person, { ...post, startDate, endDate: null });
      if (commune && slot > 0 && this.rng.chance(SECOND_POST_SHARE)) {
        this.assign(person, {
          unitCode: commune,
          position: 'Chuyên viên (kiêm nhiệm)',
          communicationOfficer: false,
          startDate: maxDate(startDate, this.rng.date('2025-09-01', '2026-03-31')),
          endDate: null,
        });
      }
    });
  }

  /** Someone who held this post and left in 2025–2026; returns the successor's start date. */
  private predecessorWhoLeft(
    femaleShare: number,
    post: Pick<DemoAssignment, 'unitCode' | 'position' | 'communicationOfficer'>,
  ): string {
    const person = this.person(femaleShare, true);
    const startDate = this.rng.date(this.earliestStart(person), '2022-12-31');
    const endDate = this.rng.date('2025-01-01', '2026-08-31');
    this.assign(person, { ...post, startDate, endDate });
    return minDate(addDaysFast(endDate, 1 + this.rng.int(0, 60)), LATEST_START);
  }

  /** A post at another school of the same kind, ended the day before the current one starts. */
  private previousPost(person: DemoPerson, school: string, rank: string, from: string): string {
    const startDate = this.rng.date(from, '2019-12-31');
    const endDate = this.rng.date(addDaysFast(startDate, 365), '2025-08-31');
    this.assign(person, {
      unitCode: school,
      position: rank,
      communicationOfficer: false,
      startDate,
      endDate,
    });
    return addDaysFast(endDate, 1);
  }

  private previousSchool(unit: DemoUnitVersion): string | undefined {
    const others = (this.schoolsByKind.get(unit.kind) ?? []).filter((code) => code !== unit.code);
    return others.length ? this.rng.pick(others) : undefined;
  }

  private person(femaleShare: number, senior: boolean): DemoPerson {
    const gender: Gender = this.rng.chance(femaleShare) ? 'female' : 'male';
    const staffCode = `CB${String(this.people.length + 1).padStart(6, '0')}`;
    const person: DemoPerson = {
      staffCode,
      fullName: generateFullName(this.rng, gender),
      dateOfBirth: this.rng.date('1965-01-01', senior ? '1985-12-31' : '2000-12-31'),
      gender,
      email: `${staffCode.toLowerCase()}@demo.loa.invalid`,
    };
    this.people.push(person);
    return person;
  }

  /** Nobody starts work before 1 January of the year they turn 23. */
  private earliestStart(person: DemoPerson): string {
    const year = Number(person.dateOfBirth.slice(0, 4)) + 23;
    return maxDate(HISTORY_FROM, `${year}-01-01`);
  }

  private assign(person: DemoPerson, assignment: Omit<DemoAssignment, 'staffCode'>): void {
    this.assignments.push({ staffCode: person.staffCode, ...assignment });
  }
}
