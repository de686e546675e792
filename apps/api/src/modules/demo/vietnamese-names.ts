import { SeededRandom } from './seeded-random';

export type Gender = 'male' | 'female';

/** Surnames weighted roughly as they occur in northern Vietnam (per mille). */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 360],
  ['Trần', 110],
  ['Lê', 90],
  ['Phạm', 75],
  ['Hoàng', 45],
  ['Vũ', 45],
  ['Phan', 30],
  ['Đặng', 25],
  ['Bùi', 25],
  ['Đỗ', 25],
  ['Ngô', 15],
  ['Dương', 12],
  ['Hồ', 10],
  ['Đinh', 12],
  ['Trịnh', 10],
  ['Đoàn', 10],
  ['Lương', 8],
  ['Mai', 8],
  ['Cao', 7],
  ['Huỳnh', 6],
  ['Võ', 6],
  ['Lý', 5],
  ['Tạ', 5],
  ['Lưu', 5],
  ['Phùng', 5],
  ['Tô', 4],
  ['Hà', 4],
  ['Vương', 3],
  ['Nghiêm', 3],
  ['Khúc', 2],
];

const MIDDLE_NAMES: Record<Gender, readonly (readonly [string, number])[]> = {
  male: [
    ['Văn', 40],
    ['Đức', 10],
    ['Minh', 10],
    ['Quang', 6],
    ['Hữu', 6],
    ['Công', 5],
    ['Xuân', 4],
    ['Thanh', 4],
    ['Tuấn', 3],
    ['Mạnh', 3],
    ['Duy', 3],
    ['Ngọc', 3],
    ['Trung', 2],
    ['Việt', 2],
    ['Hoàng', 2],
  ],
  female: [
    ['Thị', 50],
    ['Thu', 7],
    ['Ngọc', 6],
    ['Thanh', 6],
    ['Minh', 4],
    ['Hồng', 4],
    ['Phương', 3],
    ['Thùy', 3],
    ['Kim', 3],
    ['Bích', 2],
    ['Diệu', 2],
    ['Hải', 2],
    ['Mai', 2],
    ['Khánh', 2],
  ],
};

const words = (text: string): string[] => text.trim().split(/\s+/);

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: words(`
    Anh Bình Cường Dũng Đạt Đông Đức Hải Hiếu Hiệp Hoàng Hùng Hưng Huy
    Khánh Khoa Kiên Lâm Long Lộc Minh Nam Nghĩa Phong Phúc Quân Quang Sơn
    Tâm Thắng Thành Thịnh Tiến Toàn Trung Trường Tuấn Tùng Việt Vinh
  `),
  female: words(`
    Anh Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huệ Hương Hường
    Lan Liên Linh Loan Mai Nga Ngân Ngọc Nhàn Nhung Oanh Phương Quỳnh Thảo
    Thơm Thủy Trang Tuyết Uyên Vân Yến
  `),
};

/** A generated Vietnamese full name (surname, middle name, given name), NFC. */
export function generateFullName(rng: SeededRandom, gender: Gender): string {
  const surname = rng.weighted(SURNAMES);
  const middle = rng.weighted(MIDDLE_NAMES[gender]);
  let given = rng.pick(GIVEN_NAMES[gender]);
  if (given === middle) given = rng.pick(GIVEN_NAMES[gender]);
  return `${surname} ${middle} ${given}`.normalize('NFC');
}
