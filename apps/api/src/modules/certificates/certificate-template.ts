import type { EntityManager } from 'typeorm';
import { CertificateTemplate } from './certificate-template.entity';

/** The printed fields of a certificate besides the holder's data (snapshotted at issue). */
export interface CertificateTemplateFields {
  parentBody: string;
  issuingBody: string;
  documentTitle: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  place: string;
}

/** Used for programmes without a template row. The signer's name is a clear placeholder. */
export const DEFAULT_TEMPLATE: CertificateTemplateFields = {
  parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  documentTitle: 'GIẤY CHỨNG NHẬN',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Nguyễn Văn Mẫu',
  place: 'Hải Phòng',
};

/** The programme's template fields, NFC, falling back to the defaults. */
export async function templateFor(
  manager: EntityManager,
  programmeId: string,
): Promise<CertificateTemplateFields> {
  const row = await manager.getRepository(CertificateTemplate).findOne({ where: { programmeId } });
  const fields: CertificateTemplateFields = row
    ? {
        parentBody: row.parentBody,
        issuingBody: row.issuingBody,
        documentTitle: row.documentTitle,
        signerAuthority: row.signerAuthority,
        signerTitle: row.signerTitle,
        signerName: row.signerName,
        place: row.place,
      }
    : DEFAULT_TEMPLATE;
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value.normalize('NFC')]),
  ) as unknown as CertificateTemplateFields;
}
