import JSZip from 'jszip';
import { createTestApp, TestApp } from '../create-test-app';
import { signedIn } from '../factories/accounts.factory';
import { extractPdf } from './certificates-fixtures';
import {
  bearer,
  createPeriod,
  reportingBranches,
  submitted,
  writtenDraft,
} from './reports-fixtures';

/** The visible text of word/document.xml: runs joined per paragraph, XML entities decoded. */
async function docxText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('unit report documents (Decree 30/2020/NĐ-CP)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedIn(t, [{ role: 'department_admin' }])).token;
  });
  afterAll(() => t.close());

  const download = (path: string, token: string) =>
    t
      .http()
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  function expectHeadings(text: string, unitCode: string) {
    for (const heading of [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'PHƯỜNG THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `/BC-${unitCode}`,
      'BÁO CÁO',
      'Kết quả công tác truyền thông 6 tháng đầu năm 2026',
      'I. CÔNG TÁC ĐÃ TRIỂN KHAI',
      'II. KẾT QUẢ ĐẠT ĐƯỢC',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Tổ chức 2 hội nghị quán triệt Nghị quyết số 71-NQ/TW.',
      'Bảng 1. Kết quả bồi dưỡng tính đến ngày 14/06/2026',
      'Nơi nhận:',
      '- Sở GD&ĐT Hải Phòng;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Trần Văn Ký',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Hải Phòng, ngày \d{2} tháng \d{2} năm \d{4}/);
  }

  it('writes the submitted report as DOCX and PDF with the administrative headings', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const report = await submitted(t, b.manager, period.code, b.own.code);

    const docx = await download(`/api/unit-reports/${report.id}/docx`, b.manager);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain(`bao-cao-${b.own.code}-`);
    const docText = await docxText(docx.body as Buffer);
    expectHeadings(docText, b.own.code);
    expect(docText).toContain(report.contentHash);
    expect(docText).toContain('Trường Tiểu học Thử');
    expect(docText).toContain('Số người thuộc diện');

    const pdf = await download(`/api/unit-reports/${report.id}/pdf`, admin);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = extractPdf(pdf.body as Buffer);
    expectHeadings(text.normalize('NFC'), b.own.code);
  });

  it('prints a draft too, marked as a draft', async () => {
    const b = await reportingBranches(t);
    const period = await createPeriod(t, admin);
    const draft = await writtenDraft(t, b.manager, period.code, b.own.code);
    const docx = await download(`/api/unit-reports/${draft.id}/docx`, b.manager);
    expect(docx.status).toBe(200);
    expect(await docxText(docx.body as Buffer)).toContain('Bản nháp, phiên bản 1');
  });
});
