import { UNIT_KINDS, UnitKind } from '@loa/contracts';
import { foldVietnamese } from './unit-search-text';

/** The Vietnamese name of each kind, as the department writes it. */
export const UNIT_KIND_LABEL_VI: Record<UnitKind, string> = {
  department: 'Sở',
  division: 'Phòng',
  direct_unit: 'Đơn vị trực thuộc',
  commune: 'UBND xã, phường, đặc khu',
  preschool: 'Trường mầm non',
  primary: 'Trường tiểu học',
  lower_secondary: 'Trường THCS',
  upper_secondary: 'Trường THPT',
  multi_level: 'Trường liên cấp',
  continuing_education: 'Trung tâm GDNN-GDTX',
  university: 'Trường đại học',
  vocational: 'Trường cao đẳng, trung cấp',
  other: 'Khác',
};

/** Other names people type in the kind column, besides the English codes. */
const SYNONYMS: Record<UnitKind, string[]> = {
  department: ['Sở', 'Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
  division: ['Phòng', 'Phòng chuyên môn', 'Phòng chuyên môn nghiệp vụ', 'Văn phòng Sở'],
  direct_unit: ['Đơn vị trực thuộc', 'Đơn vị trực thuộc Sở'],
  commune: ['UBND xã', 'UBND phường', 'UBND đặc khu', 'Đặc khu', 'Xã', 'Phường', 'UBND'],
  preschool: ['Trường mầm non', 'Mầm non', 'MN'],
  primary: ['Trường tiểu học', 'Tiểu học', 'TH'],
  lower_secondary: ['Trường THCS', 'THCS', 'Trường trung học cơ sở', 'Trung học cơ sở'],
  upper_secondary: ['Trường THPT', 'THPT', 'Trường trung học phổ thông', 'Trung học phổ thông'],
  multi_level: [
    'Trường liên cấp',
    'Liên cấp',
    'Trường TH&THCS',
    'TH&THCS',
    'TH và THCS',
    'Trường THCS&THPT',
    'THCS&THPT',
    'Trường phổ thông nhiều cấp học',
  ],
  continuing_education: [
    'Trung tâm GDNN-GDTX',
    'GDNN-GDTX',
    'Trung tâm GDTX',
    'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
  ],
  university: ['Trường đại học', 'Đại học', 'Học viện'],
  vocational: [
    'Trường cao đẳng',
    'Trường trung cấp',
    'Cao đẳng',
    'Trung cấp',
    'Cơ sở giáo dục nghề nghiệp',
  ],
  other: ['Khác'],
};

/** Folded, then without spaces and punctuation: "Trường TH&THCS" → "truongththcs". */
const compact = (text: string): string => foldVietnamese(text).replace(/[^a-z0-9]/g, '');

const KIND_BY_NAME = new Map<string, UnitKind>(
  UNIT_KINDS.flatMap((kind) =>
    [kind, UNIT_KIND_LABEL_VI[kind], ...SYNONYMS[kind]].map((name) => [compact(name), kind]),
  ),
);

/** The kind a spreadsheet cell means (English code or Vietnamese name), or null. */
export function parseUnitKind(value: string | undefined): UnitKind | null {
  if (!value) return null;
  return KIND_BY_NAME.get(compact(value)) ?? null;
}
