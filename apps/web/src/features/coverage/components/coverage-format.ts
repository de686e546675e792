import type { CoverageStatus } from '@loa/contracts';

/** 0.6428 → "64,3 %" (vi) or "64.3%" (en); null → "—". */
export function formatPercent(ratio: number | null | undefined, language: string): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN').format(value);
}

export const STATUS_COLOR: Record<CoverageStatus, string> = {
  met: 'success',
  on_track: 'processing',
  at_risk: 'error',
  no_population: 'default',
};

/** The bar colour of a coverage against its threshold. */
export const statusStroke = (status: CoverageStatus): string =>
  status === 'met' ? '#52c41a' : status === 'on_track' ? '#1677ff' : '#fa541c';
