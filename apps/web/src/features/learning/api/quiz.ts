import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AttemptResult, QuizAttemptView } from './learning-types';

export const startAttempt = (courseCode: string, lessonId: string) =>
  api<QuizAttemptView>(
    `/learn/${encodeURIComponent(courseCode)}/lessons/${encodeURIComponent(lessonId)}/attempts`,
    { method: 'POST' },
  );

export const saveAnswers = (attemptId: string, answers: Record<string, string[]>) =>
  api<unknown>(`/attempts/${encodeURIComponent(attemptId)}/answers`, {
    method: 'PUT',
    body: { answers },
  });

export const submitAttempt = (attemptId: string) =>
  api<AttemptResult>(`/attempts/${encodeURIComponent(attemptId)}/submit`, { method: 'POST' });

export function useStartAttempt(courseCode: string, lessonId: string) {
  return useMutation({ mutationFn: () => startAttempt(courseCode, lessonId) });
}

export function useSaveAnswers() {
  return useMutation({
    mutationFn: ({
      attemptId,
      answers,
    }: {
      attemptId: string;
      answers: Record<string, string[]>;
    }) => saveAnswers(attemptId, answers),
  });
}

/** Scoring changes the lesson, the outline (maybe completed) and "my learning". */
export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAttempt,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }),
  });
}
