import type { UnitKind, UnitVersionView } from '@loa/contracts';
import { SeededRandom } from '../../src/modules/demo/seeded-random';
import { benchUuid, streamSeed, UUID_TAGS } from './bench-uuid';
import type { CatalogueProvince } from './commune-catalogue';
import { SCHOOL_KIND_MIX, type ScaleProfile, type SchoolKind } from './scale-profiles';

/** Every generated unit exists from this day, before any assignment starts. */
export const UNITS_FROM = '2000-01-01';
/** The day a few schools took a new name (a second unit version). */
export const RENAMED_ON = '2026-01-01';
const RENAMED_SHARE = 0.005;
/** Streams of the scale seed: one for the tree, one per unit for staff (scale-staff.generator). */
const UNITS_STREAM = 1;

export type UnitLevel = 'province' | 'commune' | 'school';

export interface ScaleUnit {
  /** Position in `ScaleTree.units` (parents first); seeds the unit's own random stream. */
  index: number;
  id: string;
  code: string;
  /** The current name. */
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parentId: string;
  provinceCode: string;
  /** The commune the unit is or belongs to; null for a province. */
  communeCode: string | null;
}

export interface ScaleUnitVersion {
  id: string;
  unitId: string;
  name: string;
  kind: UnitKind;
  parentId: string;
  validFrom: string;
  /** Exclusive; null while current. */
  validTo: string | null;
  change: UnitVersionView['change'];
}

export interface ScaleTree {
  units: ScaleUnit[];
  versions: ScaleUnitVersion[];
  /** The schools of each commune (by commune code), in code order. */
  schoolsByCommune: Map<string, ScaleUnit[]>;
  /** The commune unit of each commune code. */
  communes: Map<string, ScaleUnit>;
}

const SCHOOL_NAME_PREFIX: Record<SchoolKind, string> = {
  preschool: 'Trường Mầm non',
  primary: 'Trường Tiểu học',
  lower_secondary: 'Trường THCS',
  upper_secondary: 'Trường THPT',
  multi_level: 'Trường TH&THCS',
};

/** "Phường Ba Đình" → "Ba Đình". */
export const placeName = (communeName: string): string =>
  communeName.replace(/^(Phường|Xã|Đặc khu|Thị trấn) /u, '');

export const provinceUnitCode = (provinceCode: string): string => `P${provinceCode}`;

export const schoolUnitCode = (communeCode: string, index: number): string =>
  `S${communeCode}${String(index).padStart(3, '0')}`;

/** The provinces and communes a scale includes, in CSV order. */
export function selectCatalogue(
  catalogue: readonly CatalogueProvince[],
  profile: ScaleProfile,
): CatalogueProvince[] {
  const { provinceCodes, communesPerProvince } = profile;
  const provinces = provinceCodes
    ? provinceCodes.map((code) => {
        const province = catalogue.find((p) => p.code === code);
        if (!province) throw new Error(`province ${code} is not in the communes CSV`);
        return province;
      })
    : [...catalogue];
  return provinces.map((p) => ({
    ...p,
    communes: communesPerProvince === null ? p.communes : p.communes.slice(0, communesPerProvince),
  }));
}

/**
 * The organisation tree of a scale under the root unit: a department per province (`P01`), its
 * communes (their 5-digit codes) and their schools (`S` + commune code + 3-digit index), all
 * from UNITS_FROM; a few schools renamed on RENAMED_ON. Deterministic for a profile.
 */
export function generateScaleTree(
  catalogue: readonly CatalogueProvince[],
  profile: ScaleProfile,
  rootId: string,
): ScaleTree {
  const rng = new SeededRandom(streamSeed(profile.seed, UNITS_STREAM));
  const tree: ScaleTree = {
    units: [],
    versions: [],
    schoolsByCommune: new Map(),
    communes: new Map(),
  };
  const add = (unit: Omit<ScaleUnit, 'index' | 'id'>): ScaleUnit => {
    const index = tree.units.length;
    const created: ScaleUnit = { ...unit, index, id: benchUuid(UUID_TAGS.unit, index) };
    tree.units.push(created);
    return created;
  };
  for (const province of selectCatalogue(catalogue, profile)) {
    const department = add({
      code: provinceUnitCode(province.code),
      name: `Sở Giáo dục và Đào tạo ${province.name}`,
      kind: 'department',
      level: 'province',
      parentId: rootId,
      provinceCode: province.code,
      communeCode: null,
    });
    for (const commune of province.communes) {
      const communeUnit = add({
        code: commune.code,
        name: `UBND ${commune.name}`,
        kind: 'commune',
        level: 'commune',
        parentId: department.id,
        provinceCode: province.code,
        communeCode: commune.code,
      });
      tree.communes.set(commune.code, communeUnit);
      const count = rng.int(...profile.schoolsPerCommune);
      const seen = new Map<SchoolKind, number>();
      const schools: ScaleUnit[] = [];
      for (let i = 1; i <= count; i++) {
        const kind = rng.weighted(SCHOOL_KIND_MIX);
        const nth = (seen.get(kind) ?? 0) + 1;
        seen.set(kind, nth);
        const place = placeName(commune.name);
        schools.push(
          add({
            code: schoolUnitCode(commune.code, i),
            name: `${SCHOOL_NAME_PREFIX[kind]} ${place}${nth > 1 ? ` số ${nth}` : ''}`,
            kind,
            level: 'school',
            parentId: communeUnit.id,
            provinceCode: province.code,
            communeCode: commune.code,
          }),
        );
      }
      tree.schoolsByCommune.set(commune.code, schools);
    }
  }
  for (const unit of tree.units) tree.versions.push(...versionsOf(unit, rng, tree.versions.length));
  return tree;
}

/** One version from UNITS_FROM; a renamed school has its old name until RENAMED_ON. */
function versionsOf(unit: ScaleUnit, rng: SeededRandom, firstIndex: number): ScaleUnitVersion[] {
  const base = {
    unitId: unit.id,
    kind: unit.kind,
    parentId: unit.parentId,
  };
  const id = (offset: number) => benchUuid(UUID_TAGS.unitVersion, firstIndex + offset);
  if (unit.level !== 'school' || !rng.chance(RENAMED_SHARE)) {
    return [
      {
        ...base,
        id: id(0),
        name: unit.name,
        validFrom: UNITS_FROM,
        validTo: null,
        change: 'created',
      },
    ];
  }
  const oldName = unit.name;
  const prefix = SCHOOL_NAME_PREFIX[unit.kind as SchoolKind];
  unit.name = `${prefix} Chất lượng cao${oldName.slice(prefix.length)}`;
  return [
    {
      ...base,
      id: id(0),
      name: oldName,
      validFrom: UNITS_FROM,
      validTo: RENAMED_ON,
      change: 'created',
    },
    {
      ...base,
      id: id(1),
      name: unit.name,
      validFrom: RENAMED_ON,
      validTo: null,
      change: 'renamed',
    },
  ];
}
