import { differingAnswers, expectedAnswers, plannedAnswer } from './answer-plan';

const QUESTIONS = ['q1', 'q2', 'q3'];

describe('the quiz writers’ answer plan', () => {
  it.each([
    { n: 0, expected: ['q1', ['a']] },
    { n: 2, expected: ['q3', ['a']] },
    { n: 3, expected: ['q1', ['b']] }, // second time round: the next option
    { n: 12, expected: ['q1', ['a']] }, // after four rounds the options start again
  ])('save $n', ({ n, expected }) => {
    expect(plannedAnswer(QUESTIONS, n)).toEqual(expected);
  });

  it.each([
    { count: 0, expected: {} },
    { count: 2, expected: { q1: ['a'], q2: ['a'] } },
    { count: 4, expected: { q1: ['b'], q2: ['a'], q3: ['a'] } },
    { count: 9, expected: { q1: ['c'], q2: ['c'], q3: ['c'] } },
  ])('after $count saves', ({ count, expected }) => {
    expect(expectedAnswers(QUESTIONS, count)).toEqual(expected);
  });

  it.each<{ stored: Record<string, string[]>; differing: number }>([
    { stored: { q1: ['b'], q2: ['a'], q3: ['a'] }, differing: 0 },
    { stored: { q1: ['a'], q2: ['a'], q3: ['a'] }, differing: 1 }, // the fourth save is missing
    { stored: { q1: ['b'], q2: ['a'] }, differing: 1 }, // an answer is missing
    { stored: { q1: ['b'], q2: ['a'], q3: ['a'], q9: ['a'] }, differing: 1 }, // one too many
  ])('counts differing answers after 4 saves: $differing', ({ stored, differing }) => {
    expect(differingAnswers(expectedAnswers(QUESTIONS, 4), stored)).toBe(differing);
  });
});
