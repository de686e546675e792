import type { QuestionInput, QuestionView } from '@loa/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { coursePath, outlineKey } from './authoring-courses';

const questionPath = (id: string) => `/authoring/questions/${encodeURIComponent(id)}`;

export const fetchQuestions = (code: string, signal?: AbortSignal) =>
  api<QuestionView[]>(`${coursePath(code)}/questions`, { signal });

export const questionsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['authoring', 'questions', code],
    queryFn: ({ signal }) => fetchQuestions(code, signal),
  });

export const useQuestions = (code: string) => useQuery(questionsQueryOptions(code));

export const createQuestion = (code: string, body: QuestionInput) =>
  api<QuestionView>(`${coursePath(code)}/questions`, { method: 'POST', body });

export const updateQuestion = (id: string, body: Partial<QuestionInput>) =>
  api<QuestionView>(questionPath(id), { method: 'PATCH', body });

export const deleteQuestion = (id: string) => api<void>(questionPath(id), { method: 'DELETE' });

/** The bank, the outline (its question count, maybe a new draft) and the preview all change. */
export function useQuestionMutations(code: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['authoring', 'questions', code] }),
      queryClient.invalidateQueries({ queryKey: outlineKey(code) }),
      queryClient.invalidateQueries({ queryKey: ['authoring', 'preview', code] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (body: QuestionInput) => createQuestion(code, body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: Partial<QuestionInput> & { id: string }) =>
        updateQuestion(id, body),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: deleteQuestion, onSuccess: refresh }),
  };
}
