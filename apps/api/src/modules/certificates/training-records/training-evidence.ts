import { JPEG, PDF, PNG } from '../../files/file-types';
import type { UploadKind } from '../../files/upload-kinds';

/** The evidence of training done elsewhere: a scan or photo of the certificate. */
export const TRAINING_EVIDENCE: UploadKind = {
  purpose: 'training_evidence',
  types: [PDF, JPEG, PNG],
  maxBytes: 10 * 1024 * 1024,
};

/** The multipart field the evidence file is sent in. */
export const EVIDENCE_FIELD = 'evidence';

export const evidenceUrl = (certificateId: string): string =>
  `/api/training-records/${certificateId}/evidence`;
