import { randomBytes } from 'node:crypto';
import { readEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { formatNumber, percentile } from '../support/bench-stats';
import type { BenchContext, Scenario, ScenarioResult } from '../support/bench-types';
import { startApiServer } from '../support/child-server';
import { runAnswerWriters, type AnswerWriter, type WritersRun } from './quiz/answer-writers';
import { runInsertFloor, type InsertFloorRun } from './quiz/insert-floor';
import { openLearnerSessions } from './quiz/learner-sessions';
import { createQuizBenchFixture, removeQuizBenchFixture } from './quiz/quiz-bench-fixture';
import { checkStoredAnswers, type StoredAnswersCheck } from './quiz/stored-answers.check';

const LEARNERS = 500;
const SMOKE_LEARNERS = 20;
const QUESTIONS = 40;
const GOAL_WRITES_PER_SECOND = 3000;
const GOAL_P99_MS = 50;
/** The goal's load spread over the learners: 3,000 saves/s from 500 learners is 6 each. */
const PACED_SAVES_PER_LEARNER = GOAL_WRITES_PER_SECOND / LEARNERS;
const SETUP_CONCURRENCY = 8;

const ms = (value: number) => `${formatNumber(value)} ms`;

interface LoaRuns {
  backToBack: WritersRun;
  paced: WritersRun;
  stored: StoredAnswersCheck;
  loginMs: number;
  logins: number;
  startMs: number;
}

/** Loa: the real API in a child process, every learner saving answers on its own connection. */
async function measureLoa(context: BenchContext, learners: number): Promise<LoaRuns> {
  context.log(`    creating the quiz course and ${learners} learners …`);
  const fixture = await createQuizBenchFixture(context.dataSource, {
    learnerCount: learners,
    questionCount: QUESTIONS,
  });
  const env = readEnv({ ...process.env, LOA_JWT_SECRET: randomBytes(48).toString('base64url') });
  const server = await startApiServer(context.databaseUrl, { LOA_JWT_SECRET: env.jwtSecret });
  try {
    const { sessions, loginMs, logins, startMs } = await openLearnerSessions(server.url, fixture, {
      dataSource: context.dataSource,
      env,
      loginCount: Math.min(learners, SMOKE_LEARNERS),
      concurrency: SETUP_CONCURRENCY,
    });
    context.log(`    ${logins} logins in ${ms(loginMs)}, attempts started in ${ms(startMs)}`);
    const writers: AnswerWriter[] = sessions.map((s) => ({
      ...s,
      acknowledged: 0,
      unsettled: false,
    }));
    await runAnswerWriters(server.url, writers, { seconds: context.smoke ? 0.5 : 2 });
    const backToBack = await runAnswerWriters(server.url, writers, {
      seconds: context.loadSeconds,
    });
    const paced = await runAnswerWriters(server.url, writers, {
      seconds: context.loadSeconds,
      perLearnerRate: PACED_SAVES_PER_LEARNER,
    });
    const stored = await checkStoredAnswers(context.dataSource, writers);
    return { backToBack, paced, stored, loginMs, logins, startMs };
  } finally {
    await server.stop();
    await removeQuizBenchFixture(context.dataSource);
  }
}

function loaPoolSize(context: BenchContext): number {
  return (dataSourceOptions(context.databaseUrl).extra as { max: number }).max;
}

/** The floor: bare INSERTs from as many loops as learners, through a pool the size of Loa's. */
async function measureFloor(context: BenchContext, loops: number): Promise<InsertFloorRun> {
  const options = { loops, poolSize: loaPoolSize(context) };
  await runInsertFloor(context.databaseUrl, { ...options, seconds: context.smoke ? 0.2 : 1 });
  return runInsertFloor(context.databaseUrl, { ...options, seconds: context.loadSeconds });
}

function result(context: BenchContext, learners: number, loa: LoaRuns, floor: InsertFloorRun) {
  const writes = loa.backToBack.writesPerSecond;
  const p99 = loa.backToBack.p99Ms;
  const floorWrites = floor.acknowledged / floor.seconds;
  const failed = loa.backToBack.failed + loa.paced.failed;
  const notes = [
    `${learners} learners, ${loa.logins} signed in through POST /api/auth/login (argon2id and a ` +
      `new session each: ${ms(loa.loginMs / loa.logins)} per login with ${SETUP_CONCURRENCY} at ` +
      `a time), the others' sessions minted as the auth service does (a refresh-token row and an ` +
      `HS256 token with the API's secret), each holding an open attempt of ${QUESTIONS} questions ` +
      `(one-hour limit); each save is one PUT /api/attempts/:id/answers answering one question, ` +
      `one after another on the learner's own keep-alive connection, for ${context.loadSeconds} s.`,
    `Back to back: ${formatNumber(writes)} saves/s, p50 ${ms(loa.backToBack.p50Ms)}, ` +
      `p99 ${ms(p99)}; ` +
      `${loa.backToBack.acknowledged} acknowledged, ${loa.backToBack.failed} failed.`,
    `Paced at the goal's load (${formatNumber(PACED_SAVES_PER_LEARNER)} saves/s per learner, ` +
      `${formatNumber(PACED_SAVES_PER_LEARNER * learners)}/s offered; latency from the planned ` +
      `send time): ${formatNumber(loa.paced.writesPerSecond)} saves/s, p50 ${ms(loa.paced.p50Ms)}, ` +
      `p99 ${ms(loa.paced.p99Ms)}; ${loa.paced.acknowledged} acknowledged, ${loa.paced.failed} failed.`,
    `Lost: every acknowledged save (${loa.stored.acknowledged} over warm-up and both runs) was ` +
      `checked against the ${loa.stored.attempts} attempts read back: ${loa.stored.lost} answers ` +
      `differ from the last acknowledged save of their question.`,
    `Floor: ${learners} loops INSERTing one row each into a scratch table through one pg pool ` +
      `of ${loaPoolSize(context)} connections (as Loa's): ${formatNumber(floorWrites)} rows/s, p50 ${ms(percentile(floor.latenciesMs, 50))}, ` +
      `p99 ${ms(percentile(floor.latenciesMs, 99))}; ${floor.acknowledged} acknowledged, ` +
      `${floor.stored} stored.`,
    `Little's law: with ${learners} learners saving back to back, the mean latency is ` +
      `${learners} ÷ throughput, so a p99 ≤ ${GOAL_P99_MS} ms needs more than ` +
      `${formatNumber((learners / GOAL_P99_MS) * 1000)} saves/s; at ${formatNumber(GOAL_WRITES_PER_SECOND)}/s ` +
      `the mean alone is ${ms((learners / GOAL_WRITES_PER_SECOND) * 1000)}.`,
  ];
  if (failed > 0)
    notes.push(`First failure: ${loa.backToBack.firstFailure ?? loa.paced.firstFailure}`);
  const checks = [
    {
      goal: `≥ ${formatNumber(GOAL_WRITES_PER_SECOND)} writes/s`,
      actual: `${formatNumber(writes)} writes/s`,
      met: writes >= GOAL_WRITES_PER_SECOND,
    },
    { goal: `p99 ≤ ${GOAL_P99_MS} ms`, actual: ms(p99), met: p99 <= GOAL_P99_MS },
    { goal: '0 lost', actual: `${loa.stored.lost} lost`, met: loa.stored.lost === 0 },
  ];
  const scenarioResult: ScenarioResult = {
    figure: { value: writes, unit: 'writes/s' },
    floor: { value: floorWrites, unit: 'writes/s' },
    ratio: { value: writes / floorWrites, kind: 'share' },
    checks,
    notes,
  };
  return scenarioResult;
}

export const quizWritersScenario: Scenario = {
  id: 'quiz-writers',
  title: '500 concurrent learners submitting quiz answers',
  goal: '≥ 3,000 writes/s, p99 ≤ 50 ms, 0 lost',
  floor: 'a bare pg INSERT loop at the same concurrency',
  async run(context) {
    const learners = context.smoke ? SMOKE_LEARNERS : LEARNERS;
    const loa = await measureLoa(context, learners);
    const floor = await measureFloor(context, learners);
    return result(context, learners, loa, floor);
  },
};
