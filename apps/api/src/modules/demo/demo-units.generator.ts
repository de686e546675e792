import type { UnitKind } from '@loa/contracts';
import { ROOT_UNIT_CODE } from '@loa/contracts';
import type { DemoUnitVersion } from './demo-city.types';
import { HAIPHONG_COMMUNES, HaiphongCommune } from './haiphong-communes.data';
import { SeededRandom } from './seeded-random';

/** Every demo unit exists from this date (before any assignment starts). */
export const DEMO_UNITS_FROM = '2000-01-01';
export const RENAMED_ON = '2026-01-01';
export const MOVED_ON = '2025-09-01';
/** The commune the demo manager manages; the renamed and the moved school are in it. */
export const DEMO_COMMUNE_CODE = '10525';
/** The commune the moved school belonged to before MOVED_ON. */
const MOVED_FROM_COMMUNE_CODE = '10507';
/** The island district: one preschool and one multi-level school. */
const BACH_LONG_VI_CODE = '11948';

export const SCHOOL_KINDS: readonly UnitKind[] = [
  'preschool',
  'primary',
  'lower_secondary',
  'multi_level',
  'upper_secondary',
];

const DIVISIONS: readonly [string, string][] = [
  ['VP', 'Văn phòng Sở'],
  ['GDMN', 'Phòng Giáo dục Mầm non'],
  ['GDTH', 'Phòng Giáo dục Tiểu học'],
  ['GDTrH', 'Phòng Giáo dục Trung học'],
  ['GDNN-GDTX', 'Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên'],
  ['KHTC', 'Phòng Kế hoạch - Tài chính'],
  ['TCCB', 'Phòng Tổ chức cán bộ'],
  ['QLCL', 'Phòng Quản lý chất lượng'],
  ['TTr', 'Thanh tra Sở'],
];

const UNIVERSITIES = [
  'Trường Đại học Công nghệ Duyên Hải',
  'Trường Đại học Kinh tế Cảng biển',
  'Trường Đại học Sư phạm Đông Bắc',
  'Trường Đại học Y khoa Hải Đông',
  'Trường Đại học Kỹ thuật Hàng hải Bắc Bộ',
];

const VOCATIONAL = [
  'Trường Cao đẳng Kỹ thuật Công nghiệp Hải Đông',
  'Trường Cao đẳng Du lịch Biển Xanh',
  'Trường Cao đẳng Cơ điện Duyên Hải',
  'Trường Cao đẳng Nghề Đóng tàu Bắc Bộ',
  'Trường Cao đẳng Y tế Hải Đông',
  'Trường Trung cấp Nghề Nông nghiệp Đồng Bằng',
  'Trường Trung cấp Nghề Thủy sản Cát Bà',
  'Trường Trung cấp Kinh tế - Kỹ thuật Cảng',
];

const PRESCHOOL_NAMES = [
  'Hoa Sen',
  'Hoa Mai',
  'Hoa Hồng',
  'Hoa Phượng',
  'Hoa Đào',
  'Hoa Ban',
  'Hoa Lan',
  'Hoa Cúc',
  'Sơn Ca',
  'Họa Mi',
  'Vàng Anh',
  'Chim Non',
  'Bình Minh',
  'Tuổi Thơ',
  'Ánh Dương',
  'Hướng Dương',
  'Sao Mai',
  'Măng Non',
  'Thủy Tiên',
  'Tuổi Hồng',
  'Hoa Sữa',
  'Ban Mai',
];

const NAMESAKES = [
  'Lê Lợi',
  'Trần Phú',
  'Ngô Quyền',
  'Lê Quý Đôn',
  'Lý Tự Trọng',
  'Kim Đồng',
  'Võ Thị Sáu',
  'Nguyễn Du',
  'Lương Thế Vinh',
  'Tô Hiệu',
  'Lê Hồng Phong',
  'Hồng Bàng',
  'Đinh Tiên Hoàng',
  'Lý Thường Kiệt',
  'Nguyễn Văn Trỗi',
  'Phan Bội Châu',
  'Quang Trung',
  'Hai Bà Trưng',
];

interface SchoolKindSpec {
  kind: UnitKind;
  codePrefix: string;
  namePrefix: string;
  extraNames: readonly string[];
}

const COMMUNE_SCHOOLS: Record<
  'preschool' | 'primary' | 'lowerSecondary' | 'multiLevel',
  SchoolKindSpec
> = {
  preschool: {
    kind: 'preschool',
    codePrefix: 'MN',
    namePrefix: 'Trường Mầm non',
    extraNames: PRESCHOOL_NAMES,
  },
  primary: {
    kind: 'primary',
    codePrefix: 'TH',
    namePrefix: 'Trường Tiểu học',
    extraNames: NAMESAKES,
  },
  lowerSecondary: {
    kind: 'lower_secondary',
    codePrefix: 'THCS',
    namePrefix: 'Trường THCS',
    extraNames: NAMESAKES,
  },
  multiLevel: {
    kind: 'multi_level',
    codePrefix: 'LC',
    namePrefix: 'Trường TH&THCS',
    extraNames: [],
  },
};

/** "Phường Thành Đông" → "Thành Đông". */
export const placeName = (commune: HaiphongCommune): string =>
  commune.name.replace(/^(Phường|Xã|Đặc khu) /u, '');

export const communeUnitCode = (communeCode: string): string => `X${communeCode}`;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const created = (
  code: string,
  name: string,
  kind: UnitKind,
  parentCode: string,
): DemoUnitVersion => ({
  code,
  name: name.normalize('NFC'),
  kind,
  parentCode,
  validFrom: DEMO_UNITS_FROM,
  validTo: null,
  change: 'created',
});

/** n distinct school names: the place's own name first, then "số 2", "số 3" or a pool name. */
function schoolNames(rng: SeededRandom, spec: SchoolKindSpec, place: string, n: number): string[] {
  const names = [place];
  const pool = rng.sample(spec.extraNames, spec.extraNames.length);
  let number = 2;
  while (names.length < n) {
    const pooled = pool.pop();
    names.push(pooled && rng.chance(0.6) ? pooled : `${place} số ${number++}`);
  }
  return names.slice(0, n).map((name) => `${spec.namePrefix} ${name}`);
}

function communeSchools(rng: SeededRandom, commune: HaiphongCommune): DemoUnitVersion[] {
  const small = commune.code === BACH_LONG_VI_CODE;
  const counts = small
    ? { preschool: 1, primary: 0, lowerSecondary: 0, multiLevel: 1 }
    : {
        preschool: rng.int(4, 7),
        primary: rng.int(3, 6),
        lowerSecondary: rng.int(2, 5),
        multiLevel: rng.chance(0.3) ? 1 : 0,
      };
  const parentCode = communeUnitCode(commune.code);
  const place = placeName(commune);
  return (Object.keys(counts) as (keyof typeof counts)[]).flatMap((key) => {
    const spec = COMMUNE_SCHOOLS[key];
    return schoolNames(rng, spec, place, counts[key]).map((name, i) =>
      created(`${spec.codePrefix}-${commune.code}-${pad(i + 1, 2)}`, name, spec.kind, parentCode),
    );
  });
}

/** Units directly under the department named after communes: THPT and GDNN-GDTX centres. */
function placeNamedUnits(rng: SeededRandom): DemoUnitVersion[] {
  const places = rng.sample(HAIPHONG_COMMUNES.map(placeName), HAIPHONG_COMMUNES.length);
  const upperSecondary = places
    .slice(0, 65)
    .map((place, i) =>
      created(
        `THPT-${pad(i + 1, 3)}`,
        i < 3 ? `Trường THPT chuyên ${place}` : `Trường THPT ${place}`,
        'upper_secondary',
        ROOT_UNIT_CODE,
      ),
    );
  const centres = rng
    .sample(places, 15)
    .map((place, i) =>
      created(
        `GDTX-${pad(i + 1, 2)}`,
        `Trung tâm GDNN-GDTX ${place}`,
        'continuing_education',
        ROOT_UNIT_CODE,
      ),
    );
  return [...upperSecondary, ...centres];
}

/** Renames one school of the demo commune from RENAMED_ON and moves another into it from MOVED_ON. */
function withHistory(versions: DemoUnitVersion[]): DemoUnitVersion[] {
  const demoCommune = communeUnitCode(DEMO_COMMUNE_CODE);
  const renamedCode = `TH-${DEMO_COMMUNE_CODE}-02`;
  const movedCode = versions
    .filter((v) => v.code.startsWith(`THCS-${MOVED_FROM_COMMUNE_CODE}-`))
    .map((v) => v.code)
    .sort()
    .pop();
  const usedNames = new Set(
    versions.filter((v) => v.parentCode === demoCommune).map((v) => v.name),
  );
  const newName = NAMESAKES.map((n) => `Trường Tiểu học ${n}`).find((n) => !usedNames.has(n))!;
  return versions.flatMap((v) => {
    if (v.code === renamedCode) {
      return [
        { ...v, validTo: RENAMED_ON },
        { ...v, name: newName, validFrom: RENAMED_ON, change: 'renamed' as const },
      ];
    }
    if (v.code === movedCode) {
      return [
        { ...v, validTo: MOVED_ON },
        { ...v, parentCode: demoCommune, validFrom: MOVED_ON, change: 'moved' as const },
      ];
    }
    return [v];
  });
}

/** The demo city's units, parents before children, from the given generator. */
export function generateDemoUnits(rng: SeededRandom): DemoUnitVersion[] {
  const divisions = DIVISIONS.map(([suffix, name]) =>
    created(`SGDDT-${suffix}`, name, 'division', ROOT_UNIT_CODE),
  );
  const communes = HAIPHONG_COMMUNES.map((c) =>
    created(communeUnitCode(c.code), `UBND ${c.name}`, 'commune', ROOT_UNIT_CODE),
  );
  const higher = [
    ...UNIVERSITIES.map((name, i) =>
      created(`DH-${pad(i + 1, 2)}`, name, 'university', ROOT_UNIT_CODE),
    ),
    ...VOCATIONAL.map((name, i) =>
      created(`GDNN-${pad(i + 1, 2)}`, name, 'vocational', ROOT_UNIT_CODE),
    ),
  ];
  const schools = HAIPHONG_COMMUNES.flatMap((c) => communeSchools(rng, c));
  return withHistory([...divisions, ...placeNamedUnits(rng), ...communes, ...higher, ...schools]);
}
