import { createHash } from 'node:crypto';
import { readCommuneCatalogue } from './commune-catalogue';
import { SCALE_PROFILES } from './scale-profiles';
import { generateScaleTree, RENAMED_ON, UNITS_FROM, type ScaleUnit } from './scale-units.generator';

const ROOT_ID = '00000000-0000-4000-8000-000000000000';
const catalogue = readCommuneCatalogue();
const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (_, v) => (v instanceof Map ? [...v] : v)))
    .digest('hex');

describe('generateScaleTree', () => {
  const nation = generateScaleTree(catalogue, SCALE_PROFILES.nation, ROOT_ID);
  const count = (level: string) => nation.units.filter((u) => u.level === level).length;

  it('is deterministic: the same profile gives the same tree, another seed another', () => {
    const city = () => generateScaleTree(catalogue, SCALE_PROFILES.city, ROOT_ID);
    expect(digest(city())).toBe(digest(city()));
    const reseeded = { ...SCALE_PROFILES.city, seed: SCALE_PROFILES.city.seed + 1 };
    expect(digest(generateScaleTree(catalogue, reseeded, ROOT_ID))).not.toBe(digest(city()));
  });

  it('has the nation at size: 34 provinces, 3,321 communes, about 53,000 schools', () => {
    expect(count('province')).toBe(34);
    expect(count('commune')).toBe(3321);
    expect(count('school')).toBeGreaterThan(51_000);
    expect(count('school')).toBeLessThan(55_000);
  });

  it('keeps the code contract: P + province, the commune code, S + commune + 3 digits', () => {
    const byId = new Map(nation.units.map((u) => [u.id, u]));
    const breaksContract = (unit: ScaleUnit): boolean => {
      const parent = byId.get(unit.parentId);
      if (unit.level === 'province') {
        return (
          unit.code !== `P${unit.provinceCode}` ||
          unit.kind !== 'department' ||
          unit.parentId !== ROOT_ID
        );
      }
      if (unit.level === 'commune') {
        return (
          !/^\d{5}$/.test(unit.code) ||
          unit.kind !== 'commune' ||
          parent?.code !== `P${unit.provinceCode}`
        );
      }
      return (
        !/^S\d{8}$/.test(unit.code) ||
        !unit.code.startsWith(`S${unit.communeCode}`) ||
        parent?.code !== unit.communeCode
      );
    };
    expect(nation.units.filter(breaksContract)).toEqual([]);
    expect(new Set(nation.units.map((u) => u.code)).size).toBe(nation.units.length);
  });

  it('lists parents before their children', () => {
    const seen = new Set([ROOT_ID]);
    const orphans = nation.units.filter((unit) => {
      const parentSeen = seen.has(unit.parentId);
      seen.add(unit.id);
      return !parentSeen;
    });
    expect(orphans).toEqual([]);
  });

  it('mixes every kind of school', () => {
    const kinds = new Set(nation.units.filter((u) => u.level === 'school').map((u) => u.kind));
    expect([...kinds].sort()).toEqual([
      'lower_secondary',
      'multi_level',
      'preschool',
      'primary',
      'upper_secondary',
    ]);
  });

  it('gives a few schools a new name from RENAMED_ON, the old one kept before', () => {
    const renamed = nation.versions.filter((v) => v.change === 'renamed');
    expect(renamed.length).toBeGreaterThan(100);
    const first = new Map(
      nation.versions.filter((v) => v.change === 'created').map((v) => [v.unitId, v]),
    );
    const wrong = renamed.filter((version) => {
      const before = first.get(version.unitId)!;
      return (
        before.validFrom !== UNITS_FROM ||
        before.validTo !== RENAMED_ON ||
        version.validFrom !== RENAMED_ON ||
        version.name === before.name
      );
    });
    expect(wrong).toEqual([]);
    expect(nation.versions.length).toBe(nation.units.length + renamed.length);
  });

  it('takes only Hải Phòng for the city, 2 provinces of 6 communes for smoke', () => {
    const city = generateScaleTree(catalogue, SCALE_PROFILES.city, ROOT_ID);
    expect(city.units.filter((u) => u.level === 'province').map((u) => u.code)).toEqual(['P31']);
    expect(city.communes.size).toBe(114);
    const citySchools = city.units.filter((u) => u.level === 'school').length;
    expect(citySchools).toBeGreaterThan(1_450);
    expect(citySchools).toBeLessThan(1_750);
    const smoke = generateScaleTree(catalogue, SCALE_PROFILES.smoke, ROOT_ID);
    expect(smoke.units.filter((u) => u.level === 'province').map((u) => u.code)).toEqual([
      'P31',
      'P01',
    ]);
    expect(smoke.communes.size).toBe(12);
  });
});
