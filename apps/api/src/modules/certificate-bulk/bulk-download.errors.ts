import { DomainError, notFound } from '../../common/domain-error';

export const bulkDownloadNotFound = () =>
  notFound('Không tìm thấy yêu cầu tải giấy chứng nhận', 'Bulk download not found');

export const bulkFileNotReady = () =>
  new DomainError('CONFLICT', 'Tệp ZIP chưa sẵn sàng', 'The ZIP file is not ready yet');

/** A Loa certificate without its signature cannot be printed: the data is damaged. */
export class UnprintableCertificateError extends Error {
  constructor(readonly number: string) {
    super(`Không in được giấy chứng nhận số ${number}: thiếu chữ ký số`);
    this.name = 'UnprintableCertificateError';
  }
}
