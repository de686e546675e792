import { BankQuestion, scoreAttempt, toAttemptQuestion } from './quiz-scoring';

const single: BankQuestion = {
  id: 'q1',
  kind: 'single',
  text: 'Một',
  explanation: 'Vì a',
  options: [
    { key: 'a', text: 'A', correct: true },
    { key: 'b', text: 'B', correct: false },
  ],
};
const multiple: BankQuestion = {
  id: 'q2',
  kind: 'multiple',
  text: 'Hai',
  explanation: 'Vì a và c',
  options: [
    { key: 'a', text: 'A', correct: true },
    { key: 'b', text: 'B', correct: false },
    { key: 'c', text: 'C', correct: true },
  ],
};

describe('scoreAttempt', () => {
  it.each<{ name: string; answers: Record<string, string[]>; score: number; passed: boolean }>([
    { name: 'all right', answers: { q1: ['a'], q2: ['c', 'a'] }, score: 100, passed: true },
    {
      name: 'multiple missing one key',
      answers: { q1: ['a'], q2: ['a'] },
      score: 50,
      passed: false,
    },
    {
      name: 'extra wrong key',
      answers: { q1: ['a', 'b'], q2: ['a', 'c'] },
      score: 50,
      passed: false,
    },
    { name: 'nothing answered', answers: {}, score: 0, passed: false },
    {
      name: 'duplicate keys count once',
      answers: { q1: ['a', 'a'], q2: ['a', 'c'] },
      score: 100,
      passed: true,
    },
  ])('$name → $score %', ({ answers, score, passed }) => {
    const result = scoreAttempt([single, multiple], answers, 60);
    expect(result.scorePercent).toBe(score);
    expect(result.passed).toBe(passed);
  });

  it('rounds to two decimals and gives the correct keys with the explanation', () => {
    const third: BankQuestion = { ...single, id: 'q3' };
    const result = scoreAttempt([single, multiple, third], { q1: ['a'] }, 30);
    expect(result.scorePercent).toBe(33.33);
    expect(result.passed).toBe(true);
    expect(result.results[1]).toEqual({
      questionId: 'q2',
      chosen: [],
      correct: false,
      correctKeys: ['a', 'c'],
      explanation: 'Vì a và c',
    });
  });
});

describe('toAttemptQuestion', () => {
  it('never carries the correct flags and keeps a stable shuffled order per attempt', () => {
    const shown = toAttemptQuestion(multiple, 'attempt-1', true);
    expect(JSON.stringify(shown)).not.toContain('correct');
    expect(toAttemptQuestion(multiple, 'attempt-1', true)).toEqual(shown);
    expect(shown.options.map((o) => o.key).sort()).toEqual(['a', 'b', 'c']);
    expect(toAttemptQuestion(multiple, 'x', false).options.map((o) => o.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
