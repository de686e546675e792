import type { CoverageStatus, ReportTargetFigures, UnitReportView } from '@loa/contracts';
import { placeAndDate } from '../certificates/certificate-pdf.renderer';
import { toFileDate } from '../people/roster/spreadsheet-text';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const REPORT_PLACE = 'Hải Phòng';

export interface ReportTable {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  tables: ReportTable[];
}

/** A report laid out as Decree 30/2020/NĐ-CP (Appendix I) sets an administrative document. */
export interface ReportDocument {
  /** Cơ quan, tổ chức chủ quản (the parent), upper case; empty at the root. */
  superiorBody: string;
  /** Cơ quan ban hành (the unit), upper case. */
  issuingBody: string;
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  intro: string;
  sections: ReportSection[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  /** Printed small at the foot: which version, and its content hash. */
  footnote: string;
}

const STATUS_VI: Record<CoverageStatus, string> = {
  met: 'Đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Chậm tiến độ',
  no_population: 'Chưa có người thuộc diện',
};

const percent = (ratio: number | null): string =>
  ratio === null ? '—' : `${(ratio * 100).toFixed(2).replace('.', ',')}%`;

const paragraphs = (text: string): string[] =>
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

function summaryTable(asOf: string, targets: ReportTargetFigures[]): ReportTable {
  return {
    caption: `Bảng 1. Kết quả bồi dưỡng tính đến ngày ${toFileDate(asOf)}`,
    header: [
      'Chỉ tiêu',
      'Số người thuộc diện',
      'Đã bồi dưỡng',
      'Tỷ lệ',
      'Chỉ tiêu cần đạt',
      'Còn thiếu',
      'Bồi dưỡng trong kỳ',
      'Đánh giá',
    ],
    rows: targets.map((t) => [
      t.name,
      String(t.population),
      String(t.trained),
      percent(t.coverage),
      percent(t.threshold),
      String(t.gap),
      String(t.trainedDuringPeriod),
      STATUS_VI[t.status],
    ]),
  };
}

function childTables(targets: ReportTargetFigures[]): ReportTable[] {
  return targets
    .filter((t) => t.children.length > 0)
    .map((t, i) => ({
      caption: `Bảng ${i + 2}. ${t.name}: chi tiết theo đơn vị trực thuộc`,
      header: ['Đơn vị', 'Số người thuộc diện', 'Đã bồi dưỡng', 'Tỷ lệ', 'Còn thiếu', 'Đánh giá'],
      rows: t.children.map((c) => [
        c.unit.name,
        String(c.population),
        String(c.trained),
        percent(c.coverage),
        String(c.gap),
        STATUS_VI[c.status],
      ]),
    }));
}

/** The document of a report version; `superiorName` is the unit's parent on the cut-off. */
export function buildReportDocument(
  report: UnitReportView,
  superiorName: string | null,
  issuedOn: string,
): ReportDocument {
  const { figures, narrative, period, unit } = report;
  const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');
  return {
    superiorBody: superiorName ? upper(superiorName) : '',
    issuingBody: upper(unit.name),
    number: `Số:        /BC-${unit.code}`,
    placeAndDate: placeAndDate(REPORT_PLACE, issuedOn),
    title: 'BÁO CÁO',
    subtitle: `Kết quả công tác truyền thông ${period.title}`.normalize('NFC'),
    intro:
      `Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo Hải Phòng về công tác truyền thông và ` +
      `triển khai Nghị quyết số 71-NQ/TW, ${unit.name} báo cáo kết quả ${period.title} ` +
      `(số liệu từ ngày ${toFileDate(period.startsOn)} đến ngày ${toFileDate(period.cutoffOn)}) như sau:`,
    sections: [
      { heading: 'I. CÔNG TÁC ĐÃ TRIỂN KHAI', paragraphs: paragraphs(narrative.done), tables: [] },
      {
        heading: 'II. KẾT QUẢ ĐẠT ĐƯỢC',
        paragraphs: paragraphs(narrative.results),
        tables: [summaryTable(figures.asOf, figures.targets), ...childTables(figures.targets)],
      },
      {
        heading: 'III. KHÓ KHĂN, VƯỚNG MẮC',
        paragraphs: paragraphs(narrative.difficulties),
        tables: [],
      },
      {
        heading: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
        paragraphs: paragraphs(narrative.proposals),
        tables: [],
      },
    ],
    recipients: ['- Sở GD&ĐT Hải Phòng;', '- Lưu: VT.'],
    signerTitle: upper(narrative.signerTitle),
    signerName: narrative.signerName.normalize('NFC'),
    footnote: report.contentHash
      ? `Phiên bản ${report.version}; mã kiểm tra nội dung (SHA-256): ${report.contentHash}`
      : `Bản nháp, phiên bản ${report.version}`,
  };
}
