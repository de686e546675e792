import type {
  AuthoringCourseListItem,
  CourseOutline,
  CoursePreview,
  CreateCourseRequest,
  UpdateCourseRequest,
} from '@loa/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBlob } from '../../../lib/api-client';
import { uploadFile } from './upload-file';

export const coursePath = (code: string) => `/authoring/courses/${encodeURIComponent(code)}`;

export const fetchAuthoringCourses = (signal?: AbortSignal) =>
  api<AuthoringCourseListItem[]>('/authoring/courses', { signal });

export const authoringCoursesQueryOptions = () =>
  queryOptions({
    queryKey: ['authoring', 'courses'],
    queryFn: ({ signal }) => fetchAuthoringCourses(signal),
  });

export const useAuthoringCourses = () => useQuery(authoringCoursesQueryOptions());

export const fetchCourseOutline = (code: string, signal?: AbortSignal) =>
  api<CourseOutline>(coursePath(code), { signal });

export const outlineKey = (code: string) => ['authoring', 'course', code] as const;

export const courseOutlineQueryOptions = (code: string) =>
  queryOptions({
    queryKey: outlineKey(code),
    queryFn: ({ signal }) => fetchCourseOutline(code, signal),
  });

export const useAuthoringOutline = (code: string) => useQuery(courseOutlineQueryOptions(code));

export const createCourse = (body: CreateCourseRequest) =>
  api<CourseOutline>('/authoring/courses', { method: 'POST', body });

export const updateCourse = (code: string, body: UpdateCourseRequest) =>
  api<CourseOutline>(coursePath(code), { method: 'PATCH', body });

export const publishCourse = (code: string) =>
  api<CourseOutline>(`${coursePath(code)}/publish`, { method: 'POST' });

export const fetchCoursePreview = (code: string, signal?: AbortSignal) =>
  api<CoursePreview>(`${coursePath(code)}/preview`, { signal });

export const useCoursePreview = (code: string, enabled: boolean) =>
  useQuery({
    queryKey: ['authoring', 'preview', code],
    queryFn: ({ signal }) => fetchCoursePreview(code, signal),
    enabled,
  });

export const uploadCover = (code: string, file: File, onProgress?: (percent: number) => void) =>
  uploadFile<CourseOutline>(`${coursePath(code)}/cover`, file, onProgress);

/** An authoring file (cover, PDF) fetched with the session, as an object URL. */
export const useAuthoringFileUrl = (fileId: string | null | undefined) =>
  useQuery({
    queryKey: ['authoring', 'file', fileId],
    queryFn: async () => URL.createObjectURL((await apiBlob(`/authoring/files/${fileId}`)).blob),
    enabled: !!fileId,
    staleTime: Infinity,
  });

/** Every change answers the whole outline: it replaces the cached one (ids may be new). */
export function useOutlineSetter(code: string) {
  const queryClient = useQueryClient();
  return (outline: CourseOutline) => {
    queryClient.setQueryData(outlineKey(code), outline);
    void queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] });
    void queryClient.invalidateQueries({ queryKey: ['authoring', 'preview', code] });
  };
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCourse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] }),
  });
}

export function useUpdateCourse(code: string) {
  const setOutline = useOutlineSetter(code);
  return useMutation({
    mutationFn: (body: UpdateCourseRequest) => updateCourse(code, body),
    onSuccess: setOutline,
  });
}

export function usePublishCourse(code: string) {
  const setOutline = useOutlineSetter(code);
  return useMutation({ mutationFn: () => publishCourse(code), onSuccess: setOutline });
}

export function useUploadCover(code: string) {
  const setOutline = useOutlineSetter(code);
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (percent: number) => void }) =>
      uploadCover(code, file, onProgress),
    onSuccess: setOutline,
  });
}
