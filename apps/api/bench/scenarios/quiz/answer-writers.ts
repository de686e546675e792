import autocannon from 'autocannon';
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
 * The learners save answers through `connections = writers.length` keep-alive connections for
 * `seconds`, driven by autocannon (cheap enough to leave the cores to the server). Each request
 * takes a learner who has nothing on its way and sends its next planned save, so a learner's
 * saves go one after another. A save that fails is sent again as it was (the same answer: the
 * web app retries the same way), so the stored state stays checkable.
 */
export async function runAnswerWriters(
  apiUrl: string,
  writers: AnswerWriter[],
  options: { seconds: number },
): Promise<WritersRun> {
  const ready = [...writers].reverse();
  const onTheirWay = new Set<AnswerWriter>();
  let acknowledged = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  const release = (writer: AnswerWriter) => {
    onTheirWay.delete(writer);
    ready.unshift(writer);
  };
  const result = await autocannon({
    url: apiUrl,
    connections: writers.length,
    duration: options.seconds,
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
            acknowledged++;
          } else {
            failed++;
            firstFailure ??= `${status} ${body.slice(0, 200)}`;
          }
          release(writer);
        },
      },
    ],
  });
  for (const writer of onTheirWay) writer.unsettled = true;
  failed += result.errors; // autocannon counts a timeout as an error too
  const seconds = result.duration;
  return {
    acknowledged,
    failed,
    timeouts: result.timeouts,
    cutAtStop: onTheirWay.size,
    writesPerSecond: acknowledged / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    seconds,
    firstFailure:
      firstFailure ??
      (result.errors ? `${result.errors} connection errors or timeouts` : undefined),
  };
}
