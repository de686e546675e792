import type { DataSource } from 'typeorm';
import { differingAnswers, expectedAnswers } from './answer-plan';
import type { AnswerWriter } from './answer-writers';

export interface StoredAnswersCheck {
  /** Acknowledged saves over every run. */
  acknowledged: number;
  /** Answers that differ from the last acknowledged save of their question: saves lost. */
  lost: number;
  /** Attempts checked. */
  attempts: number;
}

/**
 * Reads the attempts back and compares each with what its acknowledged saves must have left.
 * A learner whose last save was cut by the end of a run may hold it or not: both are accepted.
 */
export async function checkStoredAnswers(
  dataSource: DataSource,
  writers: AnswerWriter[],
): Promise<StoredAnswersCheck> {
  const rows: { id: string; answers: Record<string, string[]> }[] = await dataSource.query(
    `SELECT id, answers FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
    [writers.map((w) => w.attemptId)],
  );
  const stored = new Map(rows.map((row) => [row.id, row.answers]));
  let lost = 0;
  for (const writer of writers) {
    const answers = stored.get(writer.attemptId) ?? {};
    const outcomes = [writer.acknowledged];
    if (writer.unsettled) outcomes.push(writer.acknowledged + 1);
    lost += Math.min(
      ...outcomes.map((count) =>
        differingAnswers(expectedAnswers(writer.questionIds, count), answers),
      ),
    );
  }
  return {
    acknowledged: writers.reduce((sum, w) => sum + w.acknowledged, 0),
    lost,
    attempts: rows.length,
  };
}
