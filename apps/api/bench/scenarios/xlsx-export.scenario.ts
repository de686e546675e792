import type { Scenario } from '../support/bench-types';

export const xlsxExportScenario: Scenario = {
  id: 'xlsx-export',
  title: '200,000-row XLSX export',
  goal: "≥ 20 % of the floor's rows/s and ≤ 250 MB memory",
  floor: 'writing the same rows as plain CSV',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
