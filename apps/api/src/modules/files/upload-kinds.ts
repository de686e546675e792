import type { StoredFilePurpose } from './stored-file.entity';
import { FileType, JPEG, MP4, PDF, PNG, WEBM, WEBP } from './file-types';

const MB = 1024 * 1024;

/** What one kind of upload may be: its accepted types and its size limit. */
export interface UploadKind {
  purpose: StoredFilePurpose;
  types: readonly FileType[];
  maxBytes: number;
}

export const COVER_IMAGE: UploadKind = {
  purpose: 'course_cover',
  types: [PNG, JPEG, WEBP],
  maxBytes: 2 * MB,
};
export const LESSON_DOCUMENT: UploadKind = {
  purpose: 'lesson_document',
  types: [PDF],
  maxBytes: 50 * MB,
};
export const LESSON_VIDEO: UploadKind = {
  purpose: 'lesson_video',
  types: [MP4, WEBM],
  maxBytes: 500 * MB,
};

/** "2 MB", "500 MB": the limit as people read it. */
export const formatLimit = (bytes: number): string =>
  bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
