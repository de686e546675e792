/** The pg-boss queue of bulk downloads. */
export const BULK_DOWNLOAD_QUEUE = 'certificate-bulk-download';

/** A job: which download to make, and what the QR codes and the scope cut need. */
export interface BulkDownloadJob {
  downloadId: string;
  /** The public address printed in the QR codes. */
  origin: string;
  /** The requesting manager's roots; null for the department. */
  scopeRoots: string[] | null;
}

/** How often (in PDFs) the job writes its progress. */
export const PROGRESS_EVERY = 20;
