import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../../support/bench-stats';
import { plannedAnswer } from './answer-plan';
import type { AnswerWriter } from './answer-writers';

/** A save with no answer within this long counts as failed (autocannon's timeout, as back to back). */
const TIMEOUT_MS = 10_000;
/** Attempts at one save before the run gives up: the server is then down, not slow. */
const MAX_TRIES = 10;

export interface PacedRun {
  /** Saves per second offered: every learner has one due every `learners ÷ rate` seconds. */
  offeredPerSecond: number;
  /** Saves acknowledged within the measured window, per second. */
  writesPerSecond: number;
  /** Saves due within the measured window that were acknowledged (some after the window). */
  acknowledged: number;
  /** Attempts answered otherwise or not at all (each resent as it was, as the web app does). */
  failed: number;
  timeouts: number;
  /** Latency counted from when the save was due, so a learner kept waiting counts it. */
  p50Ms: number;
  p99Ms: number;
  /** Saves sent later than due, because the learner's previous one was still on its way. */
  sentLate: number;
  /**
   * Saves due within the window but never sent: the server had fallen so far behind that the
   * learner's turn came after the run (window and drain) was over. Each counts in the
   * percentiles with the time it had waited by then, a lower bound.
   */
  neverSent: number;
  seconds: number;
  firstFailure?: string;
}

interface SaveAnswer {
  status: number;
  body: string;
}

function put(
  agent: Agent,
  url: URL,
  path: string,
  token: string,
  body: string,
): Promise<SaveAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'PUT',
        path,
        timeout: TIMEOUT_MS,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Open loop at a given rate: each learner saves at its own steady pace (one save every
 * `learners ÷ savesPerSecond` seconds, the learners' starts spread evenly over one period), the
 * way a class answers questions with thinking time between them, instead of back to back. A
 * learner still has at most one save on its way: when the server falls behind, its next save
 * leaves late and its latency is counted from when it was due, so the slowdown is not hidden.
 * The first `warmUpSeconds` are not measured; then saves due over `seconds` are, and the run
 * waits for them, up to a few seconds (a server far behind leaves some never sent, counted). A failed save is resent as it was, so the stored state stays checkable.
 */
export async function runPacedWriters(
  apiUrl: string,
  writers: AnswerWriter[],
  options: { savesPerSecond: number; warmUpSeconds: number; seconds: number; drainSeconds: number },
): Promise<PacedRun> {
  const url = new URL(apiUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: writers.length });
  const periodMs = (writers.length / options.savesPerSecond) * 1000;
  const start = performance.now() + 100;
  const measuredFrom = start + options.warmUpSeconds * 1000;
  const measuredTo = measuredFrom + options.seconds * 1000;
  const latenciesMs: number[] = [];
  let acknowledgedInWindow = 0;
  let acknowledged = 0;
  let failed = 0;
  let timeouts = 0;
  let sentLate = 0;
  let neverSent = 0;
  let firstFailure: string | undefined;

  const learner = async (writer: AnswerWriter, index: number) => {
    for (let due = start + (index / writers.length) * periodMs; due < measuredTo; due += periodMs) {
      if (performance.now() > measuredTo + options.drainSeconds * 1000) {
        // Out of time: the saves still due are counted, not sent.
        for (let missed = due; missed < measuredTo; missed += periodMs) {
          if (missed < measuredFrom) continue;
          neverSent++;
          latenciesMs.push(performance.now() - missed);
        }
        return;
      }
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else if (due >= measuredFrom && wait < -1) sentLate++;
      const measured = due >= measuredFrom;
      const [questionId, keys] = plannedAnswer(writer.questionIds, writer.acknowledged);
      const body = JSON.stringify({ answers: { [questionId]: keys } });
      for (let tries = 1; ; tries++) {
        if (tries > MAX_TRIES) throw new Error(`a save failed ${MAX_TRIES} times: ${firstFailure}`);
        try {
          const answer = await put(
            agent,
            url,
            `/api/attempts/${writer.attemptId}/answers`,
            writer.accessToken,
            body,
          );
          if (answer.status >= 200 && answer.status < 300) break;
          if (measured) failed++;
          firstFailure ??= `${answer.status} ${answer.body.slice(0, 200)}`;
        } catch (error) {
          if (measured) failed++;
          const message = (error as Error).message;
          if (measured && /timed out/.test(message)) timeouts++;
          firstFailure ??= message;
        }
      }
      const done = performance.now();
      writer.acknowledged++;
      writer.unsettled = false;
      if (measured) {
        latenciesMs.push(done - due);
        acknowledged++;
      }
      if (done >= measuredFrom && done <= measuredTo) acknowledgedInWindow++;
    }
  };
  try {
    await Promise.all(writers.map(learner));
  } finally {
    agent.destroy();
  }
  return {
    offeredPerSecond: options.savesPerSecond,
    writesPerSecond: acknowledgedInWindow / options.seconds,
    acknowledged,
    failed,
    timeouts,
    p50Ms: latenciesMs.length ? percentile(latenciesMs, 50) : NaN,
    p99Ms: latenciesMs.length ? percentile(latenciesMs, 99) : NaN,
    sentLate,
    neverSent,
    seconds: options.seconds,
    firstFailure,
  };
}
