import { addDaysFast } from '../../src/modules/demo/day-numbers';
import { SeededRandom } from '../../src/modules/demo/seeded-random';
import {
  STAFF_PROFILES,
  positionsFor,
  type StaffProfile,
} from '../../src/modules/demo/staff-profiles';
import { generateFullName, type Gender } from '../../src/modules/demo/vietnamese-names';
import { benchUuid, streamSeed, UUID_TAGS } from './bench-uuid';
import { SCHOOL_STAFF, type ScaleProfile, type SchoolKind } from './scale-profiles';
import type { ScaleTree, ScaleUnit } from './scale-units.generator';

/** Start dates spread from here; nobody starts later than LATEST_START. */
export const HISTORY_FROM = '2015-01-01';
export const LATEST_START = '2026-10-31';
/** Commune-level education offices exist since the July 2025 reform. */
const COMMUNE_OFFICES_FROM = '2025-07-01';
/** Shares of the posts of a school (or province) with a history. */
const LEFT_SHARE = 0.04;
const MOVED_SHARE = 0.03;
const SECOND_POST_SHARE = 0.02;
const ENDED_SECOND_POST_SHARE = 0.3;
/** The unit's own random stream is the scale seed's stream STAFF_STREAM_BASE + unit index. */
const STAFF_STREAM_BASE = 1000;

const PROVINCE_PROFILE: StaffProfile = {
  head: 'Giám đốc Sở',
  deputy: 'Phó Giám đốc Sở',
  deputies: [2, 3],
  size: [25, 45],
  femaleShare: 0.55,
  support: ['Chánh Văn phòng', 'Kế toán', 'Nhân viên văn thư'],
  rank: 'Chuyên viên',
};

const SCHOOL_OFFICERS: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 2],
  [3, 1],
];
const PROVINCE_OFFICERS = 3;

export interface ScalePerson {
  id: string;
  staffCode: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender;
  email: string;
}

export interface ScaleAssignment {
  id: string;
  personId: string;
  unitId: string;
  position: string;
  communicationOfficer: boolean;
  startDate: string;
  /** Inclusive; null while current. */
  endDate: string | null;
}

/** The people first hired at one unit, with every assignment they ever held. */
export interface UnitStaff {
  unit: ScaleUnit;
  people: ScalePerson[];
  assignments: ScaleAssignment[];
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);

export const staffCodeOf = (personNo: number): string => `NV${String(personNo).padStart(7, '0')}`;

/**
 * Staffs every unit of the tree, one unit at a time (a generator: the nation's 1.6 million
 * people never sit in memory at once). Each unit draws from its own random stream, so the
 * output is the same on every run; staff codes and ids follow the order of the tree.
 * Histories: predecessors who left (ended posts), movers from another school of the commune
 * (an ended post, then the current one), second posts held at once (at the commune office or
 * at another school), communication officers at every unit (never the head).
 */
export function* generateScaleStaff(
  tree: ScaleTree,
  profile: ScaleProfile,
): Generator<UnitStaff, void, undefined> {
  const counters = { people: 0, assignments: 0 };
  for (const unit of tree.units) {
    const staffer = new UnitStaffer(
      new SeededRandom(streamSeed(profile.seed, STAFF_STREAM_BASE + unit.index)),
      tree,
      profile,
      unit,
      counters,
    );
    yield staffer.staff();
  }
}

class UnitStaffer {
  private readonly people: ScalePerson[] = [];
  private readonly assignments: ScaleAssignment[] = [];

  constructor(
    private readonly rng: SeededRandom,
    private readonly tree: ScaleTree,
    private readonly profile: ScaleProfile,
    private readonly unit: ScaleUnit,
    private readonly counters: { people: number; assignments: number },
  ) {}

  staff(): UnitStaff {
    const { unit, rng } = this;
    const staffProfile = this.staffProfile();
    const size = this.size(staffProfile);
    const positions = positionsFor(staffProfile, size, rng.int(...staffProfile.deputies));
    const officerCount =
      unit.level === 'school'
        ? rng.weighted(SCHOOL_OFFICERS)
        : unit.level === 'province'
          ? PROVINCE_OFFICERS
          : 1;
    const slots = positions.map((_, i) => i).slice(1);
    const officers = new Set(rng.sample(slots, officerCount));
    positions.forEach((position, slot) => {
      const post = { unitId: unit.id, position, communicationOfficer: officers.has(slot) };
      if (unit.level === 'commune') {
        const person = this.person(staffProfile.femaleShare, slot === 0);
        const startDate = rng.date(COMMUNE_OFFICES_FROM, '2025-09-30');
        this.assign(person, { ...post, startDate, endDate: null });
        return;
      }
      this.staffPost(post, staffProfile, slot);
    });
    return { unit, people: this.people, assignments: this.assignments };
  }

  private staffProfile(): StaffProfile {
    if (this.unit.level === 'province') return PROVINCE_PROFILE;
    const profile = STAFF_PROFILES[this.unit.kind];
    if (!profile) throw new Error(`no staff profile for ${this.unit.kind}`);
    return profile;
  }

  private size(staffProfile: StaffProfile): number {
    if (this.unit.level !== 'school') return this.rng.int(...staffProfile.size);
    const range = SCHOOL_STAFF[this.unit.kind as SchoolKind];
    return Math.max(4, Math.round(this.rng.int(...range) * this.profile.staffFactor));
  }

  /** A post of a school or a province: current holder, maybe a predecessor, a move, a second post. */
  private staffPost(
    post: Pick<ScaleAssignment, 'unitId' | 'position' | 'communicationOfficer'>,
    staffProfile: StaffProfile,
    slot: number,
  ): void {
    const { rng } = this;
    const roll = rng.next();
    let earliest = HISTORY_FROM;
    if (roll < LEFT_SHARE) earliest = this.predecessorWhoLeft(staffProfile.femaleShare, post);
    const person = this.person(staffProfile.femaleShare, slot === 0);
    const joinable = maxDate(earliest, this.earliestStart(person));
    const siblings = this.siblingSchools();
    let startDate: string;
    if (
      roll >= LEFT_SHARE &&
      roll < LEFT_SHARE + MOVED_SHARE &&
      joinable <= '2021-12-31' &&
      siblings.length
    ) {
      startDate = this.previousPost(person, rng.pick(siblings), staffProfile.rank, joinable);
    } else if (roll < LEFT_SHARE) {
      startDate = joinable;
    } else {
      startDate = rng.date(joinable, LATEST_START);
    }
    this.assign(person, { ...post, startDate, endDate: null });
    if (slot > 0 && this.unit.level === 'school' && rng.chance(SECOND_POST_SHARE)) {
      this.secondPost(person, startDate, siblings);
    }
  }

  /** Someone who held the post and left; returns the day the successor could start. */
  private predecessorWhoLeft(
    femaleShare: number,
    post: Pick<ScaleAssignment, 'unitId' | 'position' | 'communicationOfficer'>,
  ): string {
    const { rng } = this;
    const person = this.person(femaleShare, true);
    const startDate = rng.date(maxDate(HISTORY_FROM, this.earliestStart(person)), '2022-12-31');
    const endDate = rng.date(maxDate(addDaysFast(startDate, 180), '2018-01-01'), '2026-09-30');
    this.assign(person, { ...post, startDate, endDate });
    return minDate(addDaysFast(endDate, 1 + rng.int(0, 60)), LATEST_START);
  }

  /** A post at another school of the commune, ended the day before the current one starts. */
  private previousPost(person: ScalePerson, school: ScaleUnit, rank: string, from: string): string {
    const startDate = this.rng.date(from, '2021-12-31');
    const endDate = this.rng.date(addDaysFast(startDate, 365), '2026-06-30');
    this.assign(person, {
      unitId: school.id,
      position: rank,
      communicationOfficer: false,
      startDate,
      endDate,
    });
    return addDaysFast(endDate, 1);
  }

  /** A post held at the same time as the main one: at the commune office or another school. */
  private secondPost(person: ScalePerson, mainStart: string, siblings: ScaleUnit[]): void {
    const { rng } = this;
    const commune = this.tree.communes.get(this.unit.communeCode!)!;
    const atCommune = !siblings.length || rng.chance(0.5);
    const startDate = maxDate(
      mainStart,
      atCommune
        ? rng.date(COMMUNE_OFFICES_FROM, LATEST_START)
        : rng.date('2022-09-01', LATEST_START),
    );
    const endDate = rng.chance(ENDED_SECOND_POST_SHARE) ? rng.date(startDate, LATEST_START) : null;
    this.assign(person, {
      unitId: atCommune ? commune.id : rng.pick(siblings).id,
      position: atCommune ? 'Chuyên viên (kiêm nhiệm)' : 'Giáo viên (kiêm nhiệm)',
      communicationOfficer: false,
      startDate,
      endDate,
    });
  }

  private siblingSchools(): ScaleUnit[] {
    if (this.unit.level !== 'school') return [];
    const schools = this.tree.schoolsByCommune.get(this.unit.communeCode!) ?? [];
    return schools.filter((s) => s.id !== this.unit.id);
  }

  private person(femaleShare: number, senior: boolean): ScalePerson {
    const { rng } = this;
    const gender: Gender = rng.chance(femaleShare) ? 'female' : 'male';
    const personNo = ++this.counters.people;
    const staffCode = staffCodeOf(personNo);
    const person: ScalePerson = {
      id: benchUuid(UUID_TAGS.person, personNo),
      staffCode,
      fullName: generateFullName(rng, gender),
      dateOfBirth: rng.date('1966-01-01', senior ? '1986-12-31' : '2002-12-31'),
      gender,
      email: `${staffCode.toLowerCase()}@bench.loa.invalid`,
    };
    this.people.push(person);
    return person;
  }

  /** Nobody starts work before 1 January of the year they turn 23. */
  private earliestStart(person: ScalePerson): string {
    return maxDate(HISTORY_FROM, `${Number(person.dateOfBirth.slice(0, 4)) + 23}-01-01`);
  }

  private assign(person: ScalePerson, assignment: Omit<ScaleAssignment, 'id' | 'personId'>): void {
    const id = benchUuid(UUID_TAGS.assignment, ++this.counters.assignments);
    this.assignments.push({ id, personId: person.id, ...assignment });
  }
}
