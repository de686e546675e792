import { createPrivateKey } from 'node:crypto';
import type { CertificateDocument } from '../../../src/modules/certificates/certificate-pdf.renderer';
import { keyIdOf, signClaims } from '../../../src/modules/certificates/certificate-payload';
import { verificationUrl } from '../../../src/modules/certificates/certificate-qr';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quốc', 'Thanh', 'Xuân', 'Hồng'];
const GIVEN = [
  'Yến',
  'Đức',
  'Nhung',
  'Việt',
  'Tuấn',
  'Hương',
  'Ước',
  'Khánh',
  'Quỳnh',
  'Phượng',
  'Lộc',
  'Hải',
  'Thuỷ',
  'Trâm',
  'Dũng',
  'Nghĩa',
  'Hằng',
  'Giang',
  'Huyền',
  'Ưng',
  'Sơn',
  'Ánh',
  'Bích',
  'Tùng',
];
const SCHOOL_KINDS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường THPT'];
const PLACES = [
  'Hồng Bàng',
  'Lê Chân',
  'Ngô Quyền',
  'Kiến An',
  'Đồ Sơn',
  'Thuỷ Nguyên',
  'An Dương',
  'Tiên Lãng',
  'Vĩnh Bảo',
  'Cát Hải',
  'Bạch Long Vĩ',
  'Hải Dương',
  'Chí Linh',
  'Kinh Môn',
  'Tứ Kỳ',
  'Ninh Giang',
];
const PROGRAMMES = ['Bồi dưỡng kỹ năng truyền thông', 'Bồi dưỡng nghiệp vụ truyền thông giáo dục'];

/** A fixed Ed25519 key (PKCS#8 of a constant seed) so every run signs the same payloads. */
const SIGNING_KEY = createPrivateKey({
  key: Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    Buffer.alloc(32, 0x4c),
  ]),
  format: 'der',
  type: 'pkcs8',
})
  .export({ format: 'pem', type: 'pkcs8' })
  .toString();

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Certificate `index` of a deterministic series: a different holder, unit, number and signed
 * payload for every index (so nothing about a whole certificate repeats), as the API would print.
 */
export function benchCertificate(index: number): CertificateDocument {
  const holderName = [
    FAMILY[index % FAMILY.length],
    MIDDLE[Math.floor(index / FAMILY.length) % MIDDLE.length],
    GIVEN[Math.floor(index / (FAMILY.length * MIDDLE.length)) % GIVEN.length],
    GIVEN[(index * 7) % GIVEN.length],
  ].join(' ');
  const number = `${index + 1}/2026/GCN-SGDĐT`;
  const issuedOn = `2026-${pad(1 + (index % 12))}-${pad(1 + (index % 28))}`;
  const expiresOn =
    index % 5 === 0 ? null : `2028-${pad(1 + (index % 12))}-${pad(1 + (index % 28))}`;
  const holderDateOfBirth = `${1965 + (index % 35)}-${pad(1 + ((index * 5) % 12))}-${pad(1 + ((index * 3) % 28))}`;
  const payload = signClaims(
    {
      number,
      holderName,
      holderDateOfBirth,
      programmeCode: 'BDTT',
      issuedOn,
      expiresOn,
      keyId: keyIdOf('4c4c4c4c-0000-4000-8000-000000000000'),
    },
    SIGNING_KEY,
  );
  return {
    number,
    holderName,
    holderDateOfBirth,
    unitName: `${SCHOOL_KINDS[index % SCHOOL_KINDS.length]} ${PLACES[Math.floor(index / 4) % PLACES.length]} số ${1 + (index % 9)}`,
    programmeName: PROGRAMMES[index % PROGRAMMES.length],
    hours: index % 3 === 0 ? null : 24 + (index % 3) * 8,
    result: ['Đạt', 'Khá', 'Giỏi', null][index % 4],
    issuedOn,
    expiresOn,
    template: null,
    payload,
    verificationUrl: verificationUrl('https://loa.haiphong.edu.vn', number, payload),
  };
}
