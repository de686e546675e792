/** POST /api/certificates/bulk-downloads: the certificates of a unit and the units below it. */
export interface CreateBulkDownloadRequest {
  unitCode: string;
  /** Issued on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Issued on or before this day (YYYY-MM-DD); also the day the unit tree is read on. */
  to?: string;
  programmeCode?: string;
}

export type BulkDownloadStatus = 'queued' | 'running' | 'done' | 'failed';

/** GET /api/certificates/bulk-downloads/:id: the job's progress (`done` of `total` PDFs). */
export interface BulkDownloadProgress {
  id: string;
  status: BulkDownloadStatus;
  total: number;
  done: number;
  error?: string;
}
