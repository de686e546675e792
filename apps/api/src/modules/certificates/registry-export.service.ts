import { Injectable } from '@nestjs/common';
import type { CertificateStatus, RegistryEntry } from '@loa/contracts';
import { loadExcelJs } from '../../common/heavy-packages';
import { PassThrough, Readable } from 'node:stream';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RegistryExportQueryDto } from './dto/registry-query.dto';
import { RegistryQuery } from './registry.query';
import { fileDate, formulaSafe } from './spreadsheet-cell';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_VI: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
  replaced: 'Đã được thay thế',
  pending: 'Chờ duyệt',
};

const HEADERS: [string, number][] = [
  ['STT', 6],
  ['Số hiệu', 22],
  ['Họ và tên', 26],
  ['Ngày sinh', 12],
  ['Mã cán bộ', 14],
  ['Đơn vị', 32],
  ['Chương trình', 32],
  ['Thời lượng (tiết)', 10],
  ['Kết quả', 12],
  ['Ngày cấp', 12],
  ['Ngày hết hạn', 12],
  ['Trạng thái', 16],
  ['Nguồn', 16],
  ['Đơn vị đào tạo', 24],
  ['Ngày thu hồi', 12],
  ['Lý do thu hồi', 30],
  ['Thay thế cho số', 22],
  ['Được thay bởi số', 22],
];

/** One registry line as the cells of a row; every text cell formula-safe. */
export function registryCells(entry: RegistryEntry, index: number): (string | number)[] {
  return [
    index + 1,
    ...[
      entry.number,
      entry.holderName,
      fileDate(entry.holderDateOfBirth),
      entry.staffCode,
      entry.unit?.name ?? '',
      entry.programme.name,
    ].map(formulaSafe),
    entry.hours ?? '',
    ...[
      entry.result,
      fileDate(entry.issuedOn),
      fileDate(entry.expiresOn),
      STATUS_VI[entry.status],
      entry.source === 'loa' ? 'Loa cấp' : 'Đào tạo bên ngoài',
      entry.provider,
      fileDate(entry.revokedOn),
      entry.revocationReason,
      entry.replaces,
      entry.replacedBy,
    ].map(formulaSafe),
  ];
}

/** The registry as XLSX (streaming writer), "Sổ cấp giấy chứng nhận". */
@Injectable()
export class RegistryExportService {
  constructor(private readonly registry: RegistryQuery) {}

  async workbook(user: AuthUser, filter: RegistryExportQueryDto): Promise<Readable> {
    const { items } = await this.registry.rows(user, filter);
    const output = new PassThrough();
    this.write(items, output).catch((error: unknown) => output.destroy(error as Error));
    return output;
  }

  private async write(items: RegistryEntry[], output: PassThrough): Promise<void> {
    const workbook = new (loadExcelJs().stream.xlsx.WorkbookWriter)({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Sổ cấp GCN', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = HEADERS.map(([, width], i) => ({ key: `c${i}`, width }));
    const header = sheet.addRow(HEADERS.map(([title]) => title));
    header.font = { bold: true };
    header.commit();
    items.forEach((entry, index) => sheet.addRow(registryCells(entry, index)).commit());
    sheet.commit();
    await workbook.commit();
  }
}

/** "so-cap-gcn-<unit or all>.xlsx", ASCII for the Content-Disposition header. */
export const registryFileName = (unit: string | undefined): string =>
  `so-cap-gcn-${(unit ?? 'tat-ca').replace(/[^A-Za-z0-9_-]/g, '-')}.xlsx`;
