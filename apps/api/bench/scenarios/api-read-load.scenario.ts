import type { Scenario } from '../support/bench-types';

export const apiReadLoadScenario: Scenario = {
  id: 'api-read-load',
  title: 'API read under load (auth, validation, one indexed query)',
  goal: "≥ 60 % of the floor's req/s and p99 ≤ 10 ms at 50 connections",
  floor: 'bare Fastify running the same query',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
