import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ReportNarrative, UnitReportView } from '@loa/contracts';

/**
 * The unit's working report for the period: the latest version; the API opens a draft on the
 * first visit and after a return (the next version).
 */
export const fetchCurrentReport = (periodId: string, unitCode: string, signal?: AbortSignal) =>
  api<UnitReportView>('/unit-reports/current', {
    query: { period: periodId, unit: unitCode },
    signal,
  });

export const currentReportQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: ['reports', 'current', periodId, unitCode],
    queryFn: ({ signal }) => fetchCurrentReport(periodId, unitCode, signal),
  });

export const useCurrentReport = (periodId: string, unitCode: string) =>
  useQuery(currentReportQueryOptions(periodId, unitCode));

const reportPath = (id: string, action = '') =>
  `/unit-reports/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** One version of a report, read without opening anything. */
export const fetchUnitReport = (id: string, signal?: AbortSignal) =>
  api<UnitReportView>(reportPath(id), { signal });

export const unitReportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['reports', 'report', id],
    queryFn: ({ signal }) => fetchUnitReport(id, signal),
  });

export const saveNarrative = (id: string, body: ReportNarrative) =>
  api<UnitReportView>(reportPath(id, 'narrative'), { method: 'PUT', body });

export const submitReport = (id: string) =>
  api<UnitReportView>(reportPath(id, 'submit'), { method: 'POST' });

export const returnReport = (id: string, comment: string) =>
  api<UnitReportView>(reportPath(id, 'return'), { method: 'POST', body: { comment } });

export const acceptReport = (id: string) =>
  api<UnitReportView>(reportPath(id, 'accept'), { method: 'POST' });

export const reportDownloadPath = (id: string, format: 'docx' | 'pdf') => reportPath(id, format);

function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['reports'] });
}

export function useSaveNarrative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportNarrative) => saveNarrative(id, body),
    // The narrative is already on screen: refresh the cache without refetching the figures.
    onSuccess: (report) =>
      queryClient.setQueryData(
        currentReportQueryOptions(report.period.id, report.unit.code).queryKey,
        report,
      ),
  });
}

export function useSubmitReport(id: string) {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: () => submitReport(id), onSuccess: invalidate });
}

export function useReturnReport() {
  const invalidate = useInvalidateReports();
  return useMutation({
    mutationFn: ({ id, comment }: { id: string; comment: string }) => returnReport(id, comment),
    onSuccess: invalidate,
  });
}

export function useAcceptReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (id: string) => acceptReport(id), onSuccess: invalidate });
}

/** A given version when one is named (read-only look, e.g. from the monitoring list), else the working one. */
export function useReportToShow(periodId: string, unitCode: string, reportId: string | null) {
  const byId = useQuery({ ...unitReportQueryOptions(reportId ?? ''), enabled: !!reportId });
  const current = useQuery({
    ...currentReportQueryOptions(periodId, unitCode),
    enabled: !reportId,
  });
  return reportId ? byId : current;
}
