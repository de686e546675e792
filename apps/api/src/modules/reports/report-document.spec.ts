import type { UnitReportView } from '@loa/contracts';
import { buildReportDocument, NATIONAL_MOTTO, NATIONAL_TITLE } from './report-document';

const report = (overrides: Partial<UnitReportView> = {}): UnitReportView =>
  ({
    id: 'r1',
    version: 2,
    status: 'accepted',
    contentHash: 'a'.repeat(64),
    unit: { code: 'X10525', name: 'UBND Phường Hải Dương', kind: 'commune' },
    period: {
      code: '2026-H1',
      title: '6 tháng đầu năm 2026',
      startsOn: '2025-12-15',
      cutoffOn: '2026-06-14',
    },
    narrative: {
      done: 'Dòng một.\n\n  Dòng hai.  ',
      results: '',
      difficulties: 'Không có.',
      proposals: 'Đề nghị.',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Văn An',
    },
    figures: {
      asOf: '2026-06-14',
      periodStart: '2025-12-15',
      unit: { code: 'X10525', name: 'UBND Phường Hải Dương', kind: 'commune' },
      targets: [
        {
          code: 'CBTT',
          name: 'Cán bộ truyền thông được bồi dưỡng',
          threshold: 0.7,
          population: 10,
          trained: 7,
          coverage: 0.7,
          status: 'met',
          gap: 0,
          trainedDuringPeriod: 3,
          children: [],
        },
      ],
    },
    ...overrides,
  }) as UnitReportView;

describe('buildReportDocument (Decree 30/2020/NĐ-CP layout)', () => {
  it('upper-cases the issuing body under its parent, numbers it and dates it in Hải Phòng', () => {
    const doc = buildReportDocument(report(), 'Sở Giáo dục và Đào tạo', '2026-06-05');
    expect(doc).toMatchObject({
      superiorBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      issuingBody: 'UBND PHƯỜNG HẢI DƯƠNG',
      placeAndDate: 'Hải Phòng, ngày 05 tháng 6 năm 2026', // months from March: no leading zero
      title: 'BÁO CÁO',
      subtitle: 'Kết quả công tác truyền thông 6 tháng đầu năm 2026',
      recipients: ['- Sở GD&ĐT Hải Phòng;', '- Lưu: VT.'],
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn An',
    });
    expect(doc.number).toMatch(/^Số: +\/BC-X10525$/);
    expect(buildReportDocument(report(), null, '2027-01-20').placeAndDate).toBe(
      'Hải Phòng, ngày 20 tháng 01 năm 2027',
    );
    expect(NATIONAL_TITLE).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(NATIONAL_MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it.each([
    { section: 0, paragraphs: ['Dòng một.', 'Dòng hai.'] }, // blank lines and padding dropped
    { section: 1, paragraphs: [] },
    { section: 2, paragraphs: ['Không có.'] },
  ])('splits section $section into paragraphs', ({ section, paragraphs }) => {
    const doc = buildReportDocument(report(), null, '2026-06-20');
    expect(doc.sections[section].paragraphs).toEqual(paragraphs);
  });

  it('puts the figures in section II with the threshold and the status in Vietnamese', () => {
    const doc = buildReportDocument(report(), null, '2026-06-20');
    expect(doc.superiorBody).toBe('');
    const [summary] = doc.sections[1].tables;
    expect(summary.caption).toBe('Bảng 1. Kết quả bồi dưỡng tính đến ngày 14/06/2026');
    expect(summary.rows).toEqual([
      ['Cán bộ truyền thông được bồi dưỡng', '10', '7', '70,00%', '70,00%', '0', '3', 'Đạt'],
    ]);
  });

  it('marks a draft as a draft and a submitted version with its hash', () => {
    expect(
      buildReportDocument(report({ contentHash: null, version: 1 }), null, '2026-06-20').footnote,
    ).toBe('Bản nháp, phiên bản 1');
    expect(buildReportDocument(report(), null, '2026-06-20').footnote).toContain('a'.repeat(64));
  });
});
