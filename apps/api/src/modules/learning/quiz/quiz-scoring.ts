import { createHash } from 'node:crypto';
import type { AttemptQuestion, QuestionResult } from '@loa/contracts';

export interface BankQuestion {
  id: string;
  kind: AttemptQuestion['kind'];
  text: string;
  options: { key: string; text: string; correct: boolean }[];
  explanation: string;
}

/** Seconds after the deadline still accepted, for the network between the click and the server. */
export const DEADLINE_GRACE_SECONDS = 5;

const sameKeys = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().every((key, i) => key === [...b].sort()[i]);

/**
 * Scores answers against the bank: a question is right when exactly its correct options were
 * chosen. The score is a percentage with two decimals; passing means reaching the pass mark.
 */
export function scoreAttempt(
  questions: BankQuestion[],
  answers: Record<string, string[]>,
  passPercent: number,
): { scorePercent: number; passed: boolean; results: QuestionResult[] } {
  const results = questions.map((q) => {
    const chosen = [...new Set(answers[q.id] ?? [])];
    const correctKeys = q.options.filter((o) => o.correct).map((o) => o.key);
    return {
      questionId: q.id,
      chosen,
      correct: sameKeys(chosen, correctKeys),
      correctKeys,
      explanation: q.explanation,
    };
  });
  const right = results.filter((r) => r.correct).length;
  const scorePercent =
    questions.length === 0 ? 0 : Math.round((right / questions.length) * 10000) / 100;
  return { scorePercent, passed: scorePercent >= passPercent, results };
}

/**
 * A question as shown during the attempt: no `correct` flags. With shuffling, the options'
 * order is derived from the attempt and question ids, so it stays the same on every reload.
 */
export function toAttemptQuestion(
  question: BankQuestion,
  attemptId: string,
  shuffle: boolean,
): AttemptQuestion {
  const rank = (key: string): string =>
    createHash('sha256').update(`${attemptId}:${question.id}:${key}`).digest('hex');
  const options = question.options.map((o) => ({ key: o.key, text: o.text }));
  if (shuffle) options.sort((a, b) => rank(a.key).localeCompare(rank(b.key)));
  return { id: question.id, kind: question.kind, text: question.text, options };
}
