import { createHash } from 'node:crypto';
import type { ReportFigures, ReportNarrative } from '@loa/contracts';

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 (hex) of the canonical JSON of { figures, narrative }: what a submission freezes. */
export const reportContentHash = (figures: ReportFigures, narrative: ReportNarrative): string =>
  createHash('sha256').update(canonicalJson({ figures, narrative }), 'utf8').digest('hex');
