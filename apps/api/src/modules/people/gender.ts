import type { Gender } from '@loa/contracts';

const BY_WORD: Record<string, Gender> = {
  nam: 'male',
  male: 'male',
  m: 'male',
  nu: 'female',
  female: 'female',
  f: 'female',
  khac: 'other',
  other: 'other',
};

const LABEL_VI: Record<Gender, string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

/** "Nam", "nữ", "NU", "male", "F" … → the stored code; null when not understood. */
export function parseGender(value: string): Gender | null {
  const word = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .trim()
    .toLowerCase();
  return BY_WORD[word] ?? null;
}

/** How a file or screen in Vietnamese writes it. */
export const genderLabelVi = (gender: string | null): string | null =>
  gender && gender in LABEL_VI ? LABEL_VI[gender as Gender] : gender;
