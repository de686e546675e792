import { extractPdf } from '../../../test/e2e/certificates-fixtures';
import { CertificateDocument, renderCertificatePdf } from './certificate-pdf.renderer';

const certificate = (holderName: string, unitName: string): CertificateDocument => ({
  number: '7/2026/GCN-SGDĐT',
  holderName,
  holderDateOfBirth: '1990-05-17',
  unitName,
  programmeName: 'Bồi dưỡng kỹ năng truyền thông',
  hours: 24,
  result: 'Đạt',
  issuedOn: '2026-03-15',
  expiresOn: '2028-03-14',
  template: null,
  payload: 'LOA1|test',
  verificationUrl: 'http://localhost/xac-minh/7',
});

const editedTemplate = {
  parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  documentTitle: 'CHỨNG NHẬN HOÀN THÀNH',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Trần Thị Lan',
  place: 'Hải Dương',
};

describe('renderCertificatePdf', () => {
  it('a later document in the same process still extracts its own letters exactly', async () => {
    await renderCertificatePdf(certificate('Phạm Văn Đức', 'Trường Tiểu học X'));
    const later = await renderCertificatePdf({
      ...certificate('Phạm Văn Đức', 'Trường Tiểu học X'),
      template: editedTemplate as CertificateDocument['template'],
    });
    const { text } = extractPdf(later);
    expect(text).toContain('Hải Dương, ngày 15 tháng 3 năm 2026');
    expect(text).toContain('Trần Thị Lan');
  });

  // The fonts are parsed once per process and shared; every document must still map its glyphs
  // back to the exact letters printed (a shared glyph cache once broke the second document).
  it.each([
    { holder: 'Nguyễn Thị Hải Yến', unit: 'Trường Tiểu học Hải Dương' },
    { holder: 'Trần Thị Lên', unit: 'Trường THCS Hải Dương' },
    { holder: 'Phạm Văn Đức', unit: 'UBND Phường Ngô Quyền' },
  ])(
    'prints and extracts "$holder" exactly, whatever was rendered before',
    async ({ holder, unit }) => {
      await renderCertificatePdf(certificate('Lê Văn Ưng Ước', 'Trường Mầm non Hướng Dương'));
      const { text } = extractPdf(await renderCertificatePdf(certificate(holder, unit)));
      expect(text).toContain(holder);
      expect(text).toContain(unit);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    },
  );

  // Layouts and glyph records are cached across documents: a PDF rendered after many others,
  // sharing most words with them, must still carry exactly its own letters.
  it('extracts a certificate exactly after many others shared its words', async () => {
    const names = ['Nguyễn Thị Hải Yến', 'Lê Văn Ưng Ước', 'Đặng Quỳnh Hương', 'Bùi Thị Thuỷ'];
    for (let i = 0; i < 40; i++) {
      await renderCertificatePdf({
        ...certificate(names[i % names.length], `Trường THCS Hải Dương số ${i}`),
        number: `${i}/2026/GCN-SGDĐT`,
      });
    }
    const { text } = extractPdf(
      await renderCertificatePdf({
        ...certificate('Ưng Thị Hải Ước', 'Trường Mầm non Hải Dương số 7'),
        number: '12345/2026/GCN-SGDĐT',
      }),
    );
    for (const line of [
      'Ưng Thị Hải Ước',
      'Trường Mầm non Hải Dương số 7',
      'Số: 12345/2026/GCN-SGDĐT',
      'Đã hoàn thành chương trình: Bồi dưỡng kỹ năng truyền thông',
      'Giấy chứng nhận có giá trị đến ngày 14/03/2028',
      'Quét mã để xác minh giấy chứng nhận',
    ]) {
      expect(text).toContain(line);
    }
  });
});
