import type {
  CourseAssignmentListItem,
  CourseAssignmentResult,
  CreateCourseAssignmentRequest,
  EnrolmentStatus,
  TrainingProgressPage,
  VisibleCourse,
} from '@loa/contracts';
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiBlob } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';

export interface ProgressFilters {
  unit: string | null;
  course: string | null;
  status: EnrolmentStatus | null;
  overdue: boolean;
  page: number;
}

const progressQuery = (filters: ProgressFilters) => ({
  unit: filters.unit,
  course: filters.course,
  status: filters.status,
  overdue: filters.overdue ? true : undefined,
  page: filters.page,
});

export const fetchTrainingProgress = (filters: ProgressFilters, signal?: AbortSignal) =>
  api<TrainingProgressPage>('/training/progress', { query: progressQuery(filters), signal });

export const trainingProgressQueryOptions = (filters: ProgressFilters) =>
  queryOptions({
    queryKey: ['training', 'progress', filters],
    queryFn: ({ signal }) => fetchTrainingProgress(filters, signal),
    placeholderData: keepPreviousData,
  });

export const useTrainingProgress = (filters: ProgressFilters) =>
  useQuery(trainingProgressQueryOptions(filters));

/** The same rows as XLSX (every page), saved with the name the server gives. */
export async function exportTrainingProgress(filters: ProgressFilters): Promise<void> {
  const { page: _page, ...query } = progressQuery(filters);
  const { blob, fileName } = await apiBlob('/training/progress.xlsx', { query });
  saveBlob(blob, fileName ?? 'tien-do-hoc-tap.xlsx');
}

export const useExportTrainingProgress = () => useMutation({ mutationFn: exportTrainingProgress });

export const fetchAssignableCourses = (signal?: AbortSignal) =>
  api<VisibleCourse[]>('/courses', { signal });

export const useAssignableCourses = () =>
  useQuery({
    queryKey: ['training', 'courses'],
    queryFn: ({ signal }) => fetchAssignableCourses(signal),
    staleTime: 5 * 60_000,
  });

export const fetchCourseAssignments = (unit: string | null, signal?: AbortSignal) =>
  api<CourseAssignmentListItem[]>('/course-assignments', { query: { unit }, signal });

export const courseAssignmentsQueryOptions = (unit: string | null) =>
  queryOptions({
    queryKey: ['training', 'assignments', unit],
    queryFn: ({ signal }) => fetchCourseAssignments(unit, signal),
  });

export const useCourseAssignments = (unit: string | null) =>
  useQuery(courseAssignmentsQueryOptions(unit));

export const createCourseAssignment = (body: CreateCourseAssignmentRequest) =>
  api<CourseAssignmentResult>('/course-assignments', { method: 'POST', body });

export const endAssignmentRule = (id: string) =>
  api<unknown>(`/course-assignments/${encodeURIComponent(id)}/end`, { method: 'POST' });

function useInvalidateTraining() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['training'] });
}

export function useCreateCourseAssignment() {
  const onSuccess = useInvalidateTraining();
  return useMutation({ mutationFn: createCourseAssignment, onSuccess });
}

export function useEndAssignmentRule() {
  const onSuccess = useInvalidateTraining();
  return useMutation({ mutationFn: endAssignmentRule, onSuccess });
}
