import type {
  AuthoringLesson,
  CourseOutline,
  LessonInput,
  OutlineOrderRequest,
  UpdateLessonRequest,
} from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { coursePath, outlineKey, useOutlineSetter } from './authoring-courses';
import { uploadFile } from './upload-file';

const sectionPath = (id: string) => `/authoring/sections/${encodeURIComponent(id)}`;
const lessonPath = (id: string) => `/authoring/lessons/${encodeURIComponent(id)}`;

export const addSection = (code: string, title: string) =>
  api<CourseOutline>(`${coursePath(code)}/sections`, { method: 'POST', body: { title } });

export const renameSection = (id: string, title: string) =>
  api<CourseOutline>(sectionPath(id), { method: 'PATCH', body: { title } });

export const deleteSection = (id: string) =>
  api<CourseOutline>(sectionPath(id), { method: 'DELETE' });

export const reorderOutline = (code: string, body: OutlineOrderRequest) =>
  api<CourseOutline>(`${coursePath(code)}/outline`, { method: 'PUT', body });

export const addLesson = (sectionId: string, body: LessonInput) =>
  api<AuthoringLesson>(`${sectionPath(sectionId)}/lessons`, { method: 'POST', body });

export const updateLesson = (id: string, body: UpdateLessonRequest) =>
  api<AuthoringLesson>(lessonPath(id), { method: 'PATCH', body });

export const deleteLesson = (id: string) =>
  api<CourseOutline>(lessonPath(id), { method: 'DELETE' });

export const uploadLessonFile = (id: string, file: File, onProgress?: (percent: number) => void) =>
  uploadFile<AuthoringLesson>(`${lessonPath(id)}/file`, file, onProgress);

/** Changes answered with the outline replace it in the cache. */
export function useOutlineMutations(code: string) {
  const setOutline = useOutlineSetter(code);
  return {
    addSection: useMutation({
      mutationFn: (title: string) => addSection(code, title),
      onSuccess: setOutline,
    }),
    renameSection: useMutation({
      mutationFn: ({ id, title }: { id: string; title: string }) => renameSection(id, title),
      onSuccess: setOutline,
    }),
    deleteSection: useMutation({ mutationFn: deleteSection, onSuccess: setOutline }),
    reorder: useMutation({
      mutationFn: (body: OutlineOrderRequest) => reorderOutline(code, body),
      onSuccess: setOutline,
    }),
    deleteLesson: useMutation({ mutationFn: deleteLesson, onSuccess: setOutline }),
  };
}

/** Changes answered with one lesson refetch the outline (a first edit after publishing copies it). */
export function useLessonMutations(code: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: outlineKey(code) }),
      queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] }),
      queryClient.invalidateQueries({ queryKey: ['authoring', 'preview', code] }),
    ]);
  return {
    addLesson: useMutation({
      mutationFn: ({ sectionId, ...body }: LessonInput & { sectionId: string }) =>
        addLesson(sectionId, body),
      onSuccess: refresh,
    }),
    updateLesson: useMutation({
      mutationFn: ({ id, ...body }: UpdateLessonRequest & { id: string }) => updateLesson(id, body),
      onSuccess: refresh,
    }),
    uploadFile: useMutation({
      mutationFn: ({
        id,
        file,
        onProgress,
      }: {
        id: string;
        file: File;
        onProgress?: (percent: number) => void;
      }) => uploadLessonFile(id, file, onProgress),
      onSuccess: refresh,
    }),
  };
}
