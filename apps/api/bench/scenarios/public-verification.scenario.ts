import type { Scenario } from '../support/bench-types';

export const publicVerificationScenario: Scenario = {
  id: 'public-verification',
  title: 'Public certificate verification',
  goal: "≥ 50 % of the floor's req/s",
  floor: 'bare Fastify primary-key lookup',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
