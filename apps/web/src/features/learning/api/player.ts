import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LearnerCourseOutline, LessonContent, ProgressUpdate } from './learning-types';

const learnPath = (courseCode: string) => `/learn/${encodeURIComponent(courseCode)}`;

export const fetchCourseOutline = (courseCode: string, signal?: AbortSignal) =>
  api<LearnerCourseOutline>(learnPath(courseCode), { signal });

export const courseOutlineQueryOptions = (courseCode: string) =>
  queryOptions({
    queryKey: ['learning', 'outline', courseCode],
    queryFn: ({ signal }) => fetchCourseOutline(courseCode, signal),
  });

export const useCourseOutline = (courseCode: string) =>
  useQuery(courseOutlineQueryOptions(courseCode));

export const fetchLesson = (courseCode: string, lessonId: string, signal?: AbortSignal) =>
  api<LessonContent>(`${learnPath(courseCode)}/lessons/${encodeURIComponent(lessonId)}`, {
    signal,
  });

export const lessonQueryOptions = (courseCode: string, lessonId: string) =>
  queryOptions({
    queryKey: ['learning', 'lesson', courseCode, lessonId],
    queryFn: ({ signal }) => fetchLesson(courseCode, lessonId, signal),
    staleTime: 60_000,
  });

export const useLesson = (courseCode: string, lessonId: string | null) =>
  useQuery({
    ...lessonQueryOptions(courseCode, lessonId ?? ''),
    enabled: !!lessonId,
  });

export const recordProgress = (courseCode: string, lessonId: string, body: ProgressUpdate) =>
  api<unknown>(`${learnPath(courseCode)}/lessons/${encodeURIComponent(lessonId)}/progress`, {
    method: 'POST',
    body,
  });

/** Position updates are silent; a completed lesson refreshes the outline and "my learning". */
export function useRecordProgress(courseCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lessonId, ...body }: ProgressUpdate & { lessonId: string }) =>
      recordProgress(courseCode, lessonId, body),
    onSuccess: (_result, variables) =>
      variables.completed
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: ['learning', 'outline', courseCode] }),
            queryClient.invalidateQueries({ queryKey: ['learning', 'mine'] }),
          ])
        : undefined,
  });
}
