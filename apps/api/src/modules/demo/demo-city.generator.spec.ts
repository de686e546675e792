import { createHash } from 'node:crypto';
import { DEMO_SEED, generateDemoCity } from './demo-city.generator';
import type { DemoAssignment, DemoCity } from './demo-city.types';
import { LATEST_START } from './demo-staff.generator';
import { SCHOOL_KINDS } from './demo-units.generator';
import { HAIPHONG_COMMUNES } from './haiphong-communes.data';

const digest = (city: DemoCity) => createHash('sha256').update(JSON.stringify(city)).digest('hex');
const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
/** Current: open-ended (every demo end date lies in the past). */
const current = (a: DemoAssignment) => a.endDate === null;
const between = (n: number | undefined, min: number, max: number) =>
  n !== undefined && n >= min && n <= max;

describe('generateDemoCity', () => {
  const city = generateDemoCity();
  const createdUnits = city.versions.filter((v) => v.change === 'created');
  const kindOf = new Map(createdUnits.map((v) => [v.code, v.kind]));
  const codesOfKind = (...kinds: string[]) =>
    createdUnits.filter((v) => kinds.includes(v.kind)).map((v) => v.code);

  it('is deterministic: the same seed gives the same city, another seed another', () => {
    expect(digest(generateDemoCity(DEMO_SEED))).toBe(digest(city));
    expect(digest(generateDemoCity(DEMO_SEED + 1))).not.toBe(digest(city));
  });

  it('has the 114 real communes as "UBND <name>" coded X<official code>', () => {
    const communes = createdUnits.filter((v) => v.kind === 'commune');
    expect(communes.map((c) => [c.code, c.name])).toEqual(
      HAIPHONG_COMMUNES.map((c) => [`X${c.code}`, `UBND ${c.name}`]),
    );
  });

  it('has the divisions and units under the department in plausible numbers', () => {
    const count = (kind: string) => codesOfKind(kind).length;
    expect(count('division')).toBe(9);
    expect(count('upper_secondary')).toBe(65);
    expect(count('continuing_education')).toBe(15);
    expect(count('university')).toBe(5);
    expect(count('vocational')).toBe(8);
    const schools = codesOfKind(...SCHOOL_KINDS).length;
    expect(schools).toBeGreaterThanOrEqual(1400);
    expect(schools).toBeLessThanOrEqual(1800);
  });

  it('gives unique, readable unit codes and only parents that exist', () => {
    expect(new Set(city.unitCodes).size).toBe(city.unitCodes.length);
    const readable = /^(SGDDT-[\w-]+|X\d{5}|(MN|TH|THCS|LC)-\d{5}-\d{2}|THPT-\d{3}|\w+-\d{2})$/;
    expect(city.unitCodes.filter((code) => !readable.test(code))).toEqual([]);
    const known = new Set(['SGDDT', ...city.unitCodes]);
    expect(city.versions.filter((v) => !known.has(v.parentCode))).toEqual([]);
  });

  it('renames one school from 2026-01-01 and moves one into the demo commune from 2025-09-01', () => {
    const changed = city.versions.filter((v) => v.change !== 'created');
    expect(changed).toEqual([
      expect.objectContaining({ change: 'moved', validFrom: '2025-09-01', parentCode: 'X10525' }),
      expect.objectContaining({ change: 'renamed', validFrom: '2026-01-01', validTo: null }),
    ]);
    for (const v of changed) {
      const before = city.versions.find((p) => p.code === v.code && p.change === 'created')!;
      expect(before.validTo).toBe(v.validFrom);
      expect(before.name !== v.name || before.parentCode !== v.parentCode).toBe(true);
    }
  });

  it('staffs every school with 8–40 people and 1 or 2 communication officers now', () => {
    const staff = countBy(city.assignments.filter(current), (a) => a.unitCode);
    const officers = countBy(
      city.assignments.filter((a) => current(a) && a.communicationOfficer),
      (a) => a.unitCode,
    );
    const schools = codesOfKind(...SCHOOL_KINDS);
    expect(schools.filter((code) => !between(staff.get(code), 8, 40))).toEqual([]);
    expect(schools.filter((code) => !between(officers.get(code), 1, 2))).toEqual([]);
    const ownStaff = countBy(
      city.assignments.filter((a) => current(a) && !a.position.includes('kiêm nhiệm')),
      (a) => a.unitCode,
    );
    const communes = codesOfKind('commune');
    expect(communes.filter((code) => !between(ownStaff.get(code), 3, 6))).toEqual([]);
    expect(communes.filter((code) => !between(officers.get(code), 1, 2))).toEqual([]);
    const divisions = codesOfKind('division');
    expect(divisions.filter((code) => !between(ownStaff.get(code), 5, 12))).toEqual([]);
  });

  it('generates 30,000–45,000 people with CB codes, NFC names, genders and births 1965–2000', () => {
    expect(city.people.length).toBeGreaterThanOrEqual(30_000);
    expect(city.people.length).toBeLessThanOrEqual(45_000);
    expect(new Set(city.people.map((p) => p.staffCode)).size).toBe(city.people.length);
    const malformed = city.people.filter(
      (p) =>
        !/^CB\d{6}$/.test(p.staffCode) ||
        p.fullName !== p.fullName.normalize('NFC') ||
        p.fullName.split(' ').length < 3 ||
        !['male', 'female'].includes(p.gender) ||
        p.dateOfBirth < '1965-01-01' ||
        p.dateOfBirth > '2000-12-31',
    );
    expect(malformed).toEqual([]);
    const surnames = countBy(city.people, (p) => p.fullName.split(' ')[0]);
    const share = (surname: string) => (surnames.get(surname) ?? 0) / city.people.length;
    expect(share('Nguyễn')).toBeGreaterThan(0.3);
    expect(share('Nguyễn')).toBeLessThan(0.42);
    expect(surnames.size).toBeGreaterThanOrEqual(25);
  });

  it('writes a believable history: leavers, movers and second posts, all well-formed', () => {
    const people = new Set(city.people.map((p) => p.staffCode));
    const malformed = city.assignments.filter(
      (a) =>
        !people.has(a.staffCode) ||
        !kindOf.has(a.unitCode) ||
        a.startDate < '2010-01-01' ||
        a.startDate > LATEST_START ||
        (a.endDate !== null && a.endDate < a.startDate),
    );
    expect(malformed).toEqual([]);
    const keys = new Set(
      city.assignments.map((a) => `${a.staffCode}|${a.unitCode}|${a.startDate}`),
    );
    expect(keys.size).toBe(city.assignments.length);

    const byPerson = new Map<string, DemoAssignment[]>();
    for (const a of city.assignments) {
      const list = byPerson.get(a.staffCode) ?? [];
      list.push(a);
      byPerson.set(a.staffCode, list);
    }
    const left = [...byPerson.values()].filter((list) => list.every((a) => a.endDate));
    const moved = [...byPerson.values()].filter(
      (list) => list.some((a) => a.endDate) && list.some((a) => !a.endDate),
    );
    const secondPosts = city.assignments.filter((a) => a.position.includes('kiêm nhiệm'));
    const share = (n: number) => n / city.people.length;
    expect(share(left.length)).toBeGreaterThan(0.01);
    expect(share(left.length)).toBeLessThan(0.06);
    expect(share(moved.length)).toBeGreaterThan(0.005);
    expect(share(moved.length)).toBeLessThan(0.04);
    expect(share(secondPosts.length)).toBeGreaterThan(0.005);
    expect(share(secondPosts.length)).toBeLessThan(0.03);
    const notMovedOn = moved.filter((list) => {
      const ended = list.find((a) => a.endDate)!;
      return !list.some((a) => a.unitCode !== ended.unitCode && a.startDate > ended.endDate!);
    });
    expect(notMovedOn).toEqual([]);
    expect(secondPosts.filter((a) => kindOf.get(a.unitCode) !== 'commune')).toEqual([]);
    const leftEarly = left
      .flat()
      .filter((a) => a.endDate! < '2025-01-01' || a.endDate! > '2026-08-31');
    expect(leftEarly).toEqual([]);
  });

  it('names the demo accounts after real roster entries of the demo commune', () => {
    const [admin, manager, learner] = city.accounts;
    expect(admin).toMatchObject({ username: 'admin', displayName: 'Quản trị Sở GD&ĐT' });
    expect(admin.grants).toEqual([{ role: 'department_admin', unitCode: 'SGDDT' }]);
    expect(manager.grants).toEqual([{ role: 'unit_manager', unitCode: 'X10525' }]);
    expect(manager.description).toBe('quản lý UBND Phường Hải Dương (unit manager)');
    expect(
      city.assignments.some((a) => a.staffCode === manager.staffCode && a.unitCode === 'X10525'),
    ).toBe(true);
    const post = city.assignments.find((a) => a.staffCode === learner.staffCode)!;
    expect(post).toMatchObject({ communicationOfficer: true, endDate: null });
    expect(learner.grants).toEqual([{ role: 'learner', unitCode: post.unitCode }]);
    const school = city.versions.find((v) => v.code === post.unitCode)!;
    expect(school.parentCode).toBe('X10525');
    expect(learner.description).toBe(`cán bộ truyền thông ${school.name} (communication officer)`);
  });
});
