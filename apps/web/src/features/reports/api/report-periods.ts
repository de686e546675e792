import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type {
  CreateReportPeriodRequest,
  MyReportPeriodView,
  ReportPeriodAggregate,
  ReportPeriodStatus,
  ReportPeriodView,
  UpdateReportPeriodRequest,
} from '@loa/contracts';

/** The department gets every period; a unit manager the opened ones with their required units. */
export const fetchReportPeriods = (signal?: AbortSignal) =>
  api<MyReportPeriodView[]>('/report-periods', { signal });

export const reportPeriodsQueryOptions = () =>
  queryOptions({
    queryKey: ['reports', 'periods'],
    queryFn: ({ signal }) => fetchReportPeriods(signal),
  });

export const useReportPeriods = () => useQuery(reportPeriodsQueryOptions());

export const fetchPeriodStatus = (periodId: string, signal?: AbortSignal) =>
  api<ReportPeriodStatus>(`/report-periods/${encodeURIComponent(periodId)}/status`, { signal });

export const periodStatusQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', 'period-status', periodId],
    queryFn: ({ signal }) => fetchPeriodStatus(periodId, signal),
  });

export const usePeriodStatus = (periodId: string | null) =>
  useQuery({ ...periodStatusQueryOptions(periodId ?? ''), enabled: !!periodId });

export const fetchPeriodAggregate = (periodId: string, signal?: AbortSignal) =>
  api<ReportPeriodAggregate>(`/report-periods/${encodeURIComponent(periodId)}/aggregate`, {
    signal,
  });

export const periodAggregateQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', 'period-aggregate', periodId],
    queryFn: ({ signal }) => fetchPeriodAggregate(periodId, signal),
  });

export const usePeriodAggregate = (periodId: string | null) =>
  useQuery({ ...periodAggregateQueryOptions(periodId ?? ''), enabled: !!periodId });

export const createReportPeriod = (body: CreateReportPeriodRequest) =>
  api<ReportPeriodView>('/report-periods', { method: 'POST', body });

export const updateReportPeriod = (id: string, body: UpdateReportPeriodRequest) =>
  api<ReportPeriodView>(`/report-periods/${encodeURIComponent(id)}`, { method: 'PATCH', body });

function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['reports'] });
}

export function useCreateReportPeriod() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: createReportPeriod, onSuccess: invalidate });
}

export function useUpdateReportPeriod(id: string) {
  const invalidate = useInvalidateReports();
  return useMutation({
    mutationFn: (body: UpdateReportPeriodRequest) => updateReportPeriod(id, body),
    onSuccess: invalidate,
  });
}
