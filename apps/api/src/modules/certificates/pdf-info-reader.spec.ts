import { readPdfInfoString } from './pdf-info-reader';
import { renderCertificatePdf } from './certificate-pdf.renderer';

const utf16 = (text: string) => {
  const body = Buffer.from(text, 'utf16le');
  body.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
};

describe('readPdfInfoString', () => {
  it('reads a literal string with escapes', () => {
    const pdf = Buffer.from('<< /Payload (a\\(b\\)c \\\\ d\\051) >>', 'latin1');
    expect(readPdfInfoString(pdf, 'Payload')).toBe('a(b)c \\ d)');
  });

  it('reads a hex string in UTF-16BE', () => {
    const pdf = Buffer.from(`<< /Payload <${utf16('Nguyễn|1990').toString('hex')}> >>`, 'latin1');
    expect(readPdfInfoString(pdf, 'Payload')).toBe('Nguyễn|1990');
  });

  it('follows an indirect reference', () => {
    const pdf = Buffer.concat([
      Buffer.from('1 0 obj\n<< /Payload 7 0 R >>\nendobj\n7 0 obj\n(', 'latin1'),
      utf16('Hồng'),
      Buffer.from(')\nendobj\n', 'latin1'),
    ]);
    expect(readPdfInfoString(pdf, 'Payload')).toBe('Hồng');
  });

  it('finds nothing when the key is absent', () => {
    expect(readPdfInfoString(Buffer.from('<< /Title (x) >>'), 'Payload')).toBeNull();
  });

  it('reads the payload back from a certificate PDF', async () => {
    const payload =
      'LOA1|1/2026/GCN-SGDĐT|Đặng Thị (Thu) Hà\\|1990-01-02|BDTT|2026-01-01|-|0a1b2c3d.AAAA';
    const pdf = await renderCertificatePdf({
      number: '1/2026/GCN-SGDĐT',
      holderName: 'Đặng Thị Thu Hà',
      holderDateOfBirth: '1990-01-02',
      unitName: null,
      programmeName: 'Quán triệt Nghị quyết 71-NQ/TW',
      hours: null,
      result: null,
      issuedOn: '2026-01-01',
      expiresOn: null,
      template: null,
      payload,
      verificationUrl: 'https://loa.example/xac-minh/1',
    });
    expect(readPdfInfoString(pdf, 'LoaCertificatePayload')).toBe(payload);
  });
});
