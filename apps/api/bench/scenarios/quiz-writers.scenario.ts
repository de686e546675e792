import type { Scenario } from '../support/bench-types';

export const quizWritersScenario: Scenario = {
  id: 'quiz-writers',
  title: '500 concurrent learners submitting quiz answers',
  goal: '≥ 3,000 writes/s, p99 ≤ 50 ms, 0 lost',
  floor: 'a bare pg INSERT loop at the same concurrency',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
