import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CatalogueCourse, MyLearning } from './learning-types';

export const fetchMyLearning = (signal?: AbortSignal) =>
  api<MyLearning>('/me/learning', { signal });

export const myLearningQueryOptions = () =>
  queryOptions({
    queryKey: ['learning', 'mine'],
    queryFn: ({ signal }) => fetchMyLearning(signal),
  });

export const useMyLearning = () => useQuery(myLearningQueryOptions());

export const fetchCatalogue = (signal?: AbortSignal) =>
  api<CatalogueCourse[]>('/catalogue', { signal });

export const catalogueQueryOptions = () =>
  queryOptions({
    queryKey: ['learning', 'catalogue'],
    queryFn: ({ signal }) => fetchCatalogue(signal),
  });

export const useCatalogue = () => useQuery(catalogueQueryOptions());

export const enrolInCourse = (courseCode: string) =>
  api<unknown>(`/courses/${encodeURIComponent(courseCode)}/enrol`, { method: 'POST' });

/** Self-enrolment in an open course; "my learning" and the catalogue both change. */
export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enrolInCourse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }),
  });
}
