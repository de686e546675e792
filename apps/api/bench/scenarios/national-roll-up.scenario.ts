import type { Scenario } from '../support/bench-types';

export const nationalRollUpScenario: Scenario = {
  id: 'national-roll-up',
  title: 'National roll-up, one date, every unit',
  goal: '≤ 3× the floor and ≤ 1 s',
  floor: 'a plain count(*) over the assignment rows the roll-up must touch',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
