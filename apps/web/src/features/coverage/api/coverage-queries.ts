import type {
  CoverageFollowUpPage,
  CoveragePeoplePage,
  CoverageRankingKind,
  CoverageRankingReport,
  CoverageReport,
  CoverageTrendPoint,
  ExpiringCertificatesReport,
} from '@loa/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** What every coverage read is about: a target, a unit (its code) and a date. */
export interface CoverageSubject {
  target: string;
  unit: string;
  asOf: string;
}

export const coverageReportQueryOptions = (subject: CoverageSubject) =>
  queryOptions({
    queryKey: ['coverage', 'report', subject],
    queryFn: ({ signal }) => api<CoverageReport>('/coverage', { query: { ...subject }, signal }),
  });

export const useCoverageReport = (subject: CoverageSubject, enabled = true) =>
  useQuery({ ...coverageReportQueryOptions(subject), enabled });

/** Month by month from `from` to the date asked. */
export const useCoverageTrend = (subject: CoverageSubject, from: string, enabled = true) =>
  useQuery({
    queryKey: ['coverage', 'trend', subject, from],
    queryFn: ({ signal }) =>
      api<CoverageTrendPoint[]>('/coverage/trend', {
        query: { target: subject.target, unit: subject.unit, from, to: subject.asOf },
        signal,
      }),
    enabled,
  });

export const useCoverageRanking = (
  subject: CoverageSubject,
  kind: CoverageRankingKind,
  enabled = true,
) =>
  useQuery({
    queryKey: ['coverage', 'ranking', subject, kind],
    queryFn: ({ signal }) =>
      api<CoverageRankingReport>('/coverage/ranking', {
        query: { ...subject, kind, limit: 20 },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useCoverageExpiring = (subject: CoverageSubject, days: number, enabled = true) =>
  useQuery({
    queryKey: ['coverage', 'expiring', subject, days],
    queryFn: ({ signal }) =>
      api<ExpiringCertificatesReport>('/coverage/expiring', {
        query: { ...subject, days },
        signal,
      }),
    enabled,
  });

export const useCoveragePeople = (
  subject: CoverageSubject,
  trained: boolean,
  page: number,
  pageSize: number,
) =>
  useQuery({
    queryKey: ['coverage', 'people', subject, trained, page, pageSize],
    queryFn: ({ signal }) =>
      api<CoveragePeoplePage>('/coverage/people', {
        query: { ...subject, trained, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The people still to train, with their courses, progress and last certificate. */
export const useCoverageFollowUp = (subject: CoverageSubject, page: number, pageSize: number) =>
  useQuery({
    queryKey: ['coverage', 'follow-up', subject, page, pageSize],
    queryFn: ({ signal }) =>
      api<CoverageFollowUpPage>('/coverage/follow-up', {
        query: { ...subject, trained: false, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
