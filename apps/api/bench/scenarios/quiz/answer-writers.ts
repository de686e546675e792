import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { percentile } from '../../support/bench-stats';
import { plannedAnswer } from './answer-plan';
import type { LearnerSession } from './learner-sessions';

/** A learner during the load: its session and how many of its planned saves were acknowledged. */
export interface AnswerWriter extends LearnerSession {
  acknowledged: number;
  /**
   * A save of this learner was on its way when a run stopped and has not been acknowledged
   * since: it may or may not be stored.
   */
  unsettled: boolean;
}

export interface WritersRun {
  /** Saves answered 2xx. */
  acknowledged: number;
  /** Saves answered otherwise, timed out or cut by a connection error (each retried after). */
  failed: number;
  /** Saves with no answer within autocannon's 10 s: failed, and left out of the percentiles. */
  timeouts: number;
  /** Saves cut on their way by the end of the run; the server may still be working on them. */
  cutAtStop: number;
  writesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  firstFailure?: string;
}

/**
 * The learners save answers through `connections = writers.length` keep-alive connections,
 * driven by autocannon (cheap enough to leave the cores to the server): first `warmUpSeconds`
 * unmeasured, then `seconds` measured on the same connections, so that opening 500 connections
 * at once (a storm no class of learners makes) stays out of the figures. Each request takes a
 * learner who has nothing on its way and sends its next planned save, so a learner's saves go
 * one after another. A save that fails is sent again as it was (the same answer: the web app
 * retries the same way), so the stored state stays checkable.
 */
export async function runAnswerWriters(
  apiUrl: string,
  writers: AnswerWriter[],
  options: { warmUpSeconds: number; seconds: number },
): Promise<WritersRun> {
  const ready = [...writers].reverse();
  const onTheirWay = new Set<AnswerWriter>();
  let measuredFrom: number | undefined;
  let acknowledged = 0;
  let failed = 0;
  let timeouts = 0;
  let firstFailure: string | undefined;
  const latenciesMs: number[] = [];
  /** Within the measured window: after the warm-up and before its `seconds` are over. */
  const measuring = () => {
    if (measuredFrom === undefined) return false;
    return performance.now() - measuredFrom <= options.seconds * 1000;
  };
  const release = (writer: AnswerWriter) => {
    onTheirWay.delete(writer);
    ready.unshift(writer);
  };
  const loadOptions: autocannon.Options = {
    url: apiUrl,
    connections: writers.length,
    duration: options.warmUpSeconds + options.seconds,
    requests: [
      {
        method: 'PUT',
        setupRequest(request, context: { writer?: AnswerWriter }) {
          // Empty only after a cut connection left a learner marked as on its way: resend its save.
          const writer = ready.pop() ?? onTheirWay.values().next().value!;
          onTheirWay.add(writer);
          context.writer = writer;
          const [questionId, keys] = plannedAnswer(writer.questionIds, writer.acknowledged);
          return {
            ...request,
            method: 'PUT',
            path: `/api/attempts/${writer.attemptId}/answers`,
            headers: {
              authorization: `Bearer ${writer.accessToken}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ answers: { [questionId]: keys } }),
          };
        },
        onResponse(status, body, context: { writer?: AnswerWriter }) {
          const writer = context.writer!;
          if (status >= 200 && status < 300) {
            writer.acknowledged++;
            writer.unsettled = false;
            if (measuring()) acknowledged++;
          } else {
            if (measuring()) failed++;
            firstFailure ??= `${status} ${body.slice(0, 200)}`;
          }
          release(writer);
        },
      },
    ],
  };
  let run!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    run = autocannon(loadOptions, (error, result) => (error ? reject(error) : resolve(result)));
  });
  const startMeasuring = setTimeout(() => {
    measuredFrom = performance.now();
  }, options.warmUpSeconds * 1000);
  run.on('response', (_client, status, _bytes, responseTimeMs) => {
    if (measuring() && status >= 200 && status < 300) {
      latenciesMs.push(responseTimeMs);
    }
  });
  run.on('reqError', (error: Error) => {
    if (!measuring()) return;
    failed++;
    if (/timed out/.test(error.message)) timeouts++;
    firstFailure ??= error.message;
  });
  await finished;
  clearTimeout(startMeasuring);
  const seconds = measuredFrom === undefined ? 0 : options.seconds;
  for (const writer of onTheirWay) writer.unsettled = true;
  return {
    acknowledged,
    failed,
    timeouts,
    cutAtStop: onTheirWay.size,
    writesPerSecond: seconds > 0 ? acknowledged / seconds : 0,
    p50Ms: latenciesMs.length ? percentile(latenciesMs, 50) : NaN,
    p99Ms: latenciesMs.length ? percentile(latenciesMs, 99) : NaN,
    seconds,
    firstFailure,
  };
}
