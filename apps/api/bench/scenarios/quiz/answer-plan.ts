/** Option keys the writers cycle through; every bench question has these four. */
const KEYS = ['a', 'b', 'c', 'd'] as const;

/**
 * The `n`-th save (0-based) of one learner: it answers question `n mod Q` and, each time round
 * the quiz, picks the next option. So the stored answers after `count` saves are known exactly,
 * and any acknowledged save that did not land shows as a wrong or missing answer.
 */
export function plannedAnswer(questionIds: readonly string[], n: number): [string, string[]] {
  const q = questionIds.length;
  return [questionIds[n % q], [KEYS[Math.floor(n / q) % KEYS.length]]];
}

/** The answers an attempt must hold after the first `count` planned saves. */
export function expectedAnswers(
  questionIds: readonly string[],
  count: number,
): Record<string, string[]> {
  const expected: Record<string, string[]> = {};
  for (let n = Math.max(0, count - questionIds.length); n < count; n++) {
    const [questionId, keys] = plannedAnswer(questionIds, n);
    expected[questionId] = keys;
  }
  return expected;
}

/** (question, answer) pairs that differ between what was expected and what is stored. */
export function differingAnswers(
  expected: Record<string, string[]>,
  stored: Record<string, string[]>,
): number {
  const ids = new Set([...Object.keys(expected), ...Object.keys(stored)]);
  let differing = 0;
  for (const id of ids) {
    if (JSON.stringify(expected[id] ?? null) !== JSON.stringify(stored[id] ?? null)) differing++;
  }
  return differing;
}
