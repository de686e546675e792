import type { Scenario } from '../support/bench-types';

export const provinceCoverageApiScenario: Scenario = {
  id: 'province-coverage-api',
  title: "One province's subtree via the API",
  goal: 'p95 ≤ 50 ms',
  floor: 'the same count for that subtree',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
