import {
  firstFreeUsername,
  normaliseUsername,
  USERNAME_PATTERN,
  usernameForPerson,
} from './username';
import { foldVietnamese } from './vietnamese-fold';

describe('usernameForPerson', () => {
  it.each([
    { fullName: 'Nguyễn Văn An', staffCode: 'CB0012', expected: 'nguyenvanan.cb0012' },
    { fullName: 'Đặng Thị Đào', staffCode: 'HP-07', expected: 'dangthidao.hp-07' },
    { fullName: 'Lê  Ánh', staffCode: 'cb 9/1', expected: 'leanh.cb91' }, // spaces and slashes go
    { fullName: 'Nguyễn Văn An'.normalize('NFD'), staffCode: 'X1', expected: 'nguyenvanan.x1' },
    { fullName: '—', staffCode: 'CB1', expected: 'canbo.cb1' }, // nothing left of the name
    { fullName: 'Ông', staffCode: 'Đ', expected: 'ong.d' },
  ])('$fullName + $staffCode → $expected', ({ fullName, staffCode, expected }) => {
    expect(usernameForPerson(fullName, staffCode)).toBe(expected);
  });

  it('leaves room for a suffix and still matches the username rule', () => {
    const username = usernameForPerson(
      'Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh',
      'CB'.repeat(20),
    );
    expect(username.length).toBeLessThanOrEqual(47);
    expect(`${username}-99`).toMatch(USERNAME_PATTERN);
  });
});

describe('firstFreeUsername', () => {
  it.each([
    { taken: [], expected: 'an.cb1' },
    { taken: ['an.cb1'], expected: 'an.cb1-2' },
    { taken: ['an.cb1', 'an.cb1-2', 'an.cb1-3'], expected: 'an.cb1-4' },
    { taken: ['an.cb1-2'], expected: 'an.cb1' },
  ])('taken $taken → $expected', ({ taken, expected }) => {
    expect(firstFreeUsername('an.cb1', new Set(taken))).toBe(expected);
  });
});

describe('text helpers', () => {
  it.each([
    { raw: '  Admin.Sở ', expected: 'admin.sở' },
    { raw: 'ADMIN', expected: 'admin' },
  ])('normaliseUsername($raw) → $expected', ({ raw, expected }) => {
    expect(normaliseUsername(raw)).toBe(expected);
  });

  it.each([
    { text: 'Trường THPT Ngô Quyền', expected: 'truong thpt ngo quyen' },
    { text: 'ĐỖ THỊ HƯƠNG', expected: 'do thi huong' },
    { text: 'Ỷ Lan', expected: 'y lan' },
  ])('foldVietnamese($text) → $expected', ({ text, expected }) => {
    expect(foldVietnamese(text)).toBe(expected);
  });
});
