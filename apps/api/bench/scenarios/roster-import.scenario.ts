import type { Scenario } from '../support/bench-types';

export const rosterImportScenario: Scenario = {
  id: 'roster-import',
  title: '50,000-row roster import (parse, validate, write with history)',
  goal: '≤ 3× the floor and ≤ 3 s',
  floor: 'stream-read the file and COPY the rows',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
