import { useMutation } from '@tanstack/react-query';
import { apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

/** `125/GCN-SGDĐT` → `GCN-125-GCN-SGDĐT.pdf` when the server names no file. */
const fallbackName = (number: string) => `GCN-${number.replace(/[^\p{L}\p{N}-]+/gu, '-')}.pdf`;

/** GET /api/certificates/{number}/pdf with the Bearer token, saved as a file. */
export async function downloadCertificatePdf(number: string): Promise<void> {
  const { blob, fileName } = await apiBlob(`/certificates/${encodeURIComponent(number)}/pdf`);
  saveBlob(blob, fileName ?? fallbackName(number));
}

export const useCertificatePdf = () => useMutation({ mutationFn: downloadCertificatePdf });
