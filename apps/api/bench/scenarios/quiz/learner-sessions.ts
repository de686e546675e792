import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import type { LoaEnv } from '../../../src/config/env';
import { performance } from 'node:perf_hooks';
import type { QuizBenchFixture } from './quiz-bench-fixture';

/** One signed-in learner with an open attempt: what a writer needs to save answers. */
export interface LearnerSession {
  accessToken: string;
  attemptId: string;
  /** The attempt's question ids, in the order drawn. */
  questionIds: string[];
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

/**
 * Sessions as `AuthService.startSession` opens them, for the learners not signed in through the
 * API: one refresh-token row per session (set-based), and an HS256 access token
 * `{ sub, sid, username }` with the API's secret and lifetime. The API then checks them exactly
 * as it checks a login's (signature, expiry, live session, active account, grants).
 */
async function mintSessions(
  dataSource: DataSource,
  env: Pick<LoaEnv, 'jwtSecret' | 'accessTokenTtlSeconds' | 'refreshTokenTtlDays'>,
  usernames: string[],
): Promise<string[]> {
  const users: { id: string; username: string; family_id: string }[] = await dataSource.query(
    `WITH wanted AS (SELECT name, n FROM unnest($1::text[]) WITH ORDINALITY AS w(name, n)),
     session AS (
       INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       SELECT u.id, gen_random_uuid(), encode(sha256(gen_random_bytes(32)), 'hex'),
              now() + make_interval(days => $2::int)
         FROM wanted w JOIN users u ON u.username = w.name
       RETURNING user_id, family_id)
     SELECT u.id, u.username, s.family_id
       FROM wanted w JOIN users u ON u.username = w.name JOIN session s ON s.user_id = u.id
      ORDER BY w.n`,
    [usernames, env.refreshTokenTtlDays],
  );
  const jwt = new JwtService({
    secret: env.jwtSecret,
    signOptions: { expiresIn: env.accessTokenTtlSeconds, algorithm: 'HS256' },
  });
  return users.map((user) =>
    jwt.sign({ sub: user.id, sid: user.family_id, username: user.username }),
  );
}

/**
 * Signs the first `loginCount` learners in through POST /api/auth/login (argon2id verify and a
 * new session each, as in production) and mints the others' sessions the same way the auth
 * service does (argon2 makes 500 logins cost a minute of CPU on a loaded 2-core machine); then
 * starts every learner's attempt through the quiz API.
 */
export async function openLearnerSessions(
  apiUrl: string,
  fixture: QuizBenchFixture,
  options: {
    dataSource: DataSource;
    env: Pick<LoaEnv, 'jwtSecret' | 'accessTokenTtlSeconds' | 'refreshTokenTtlDays'>;
    loginCount: number;
    concurrency: number;
  },
): Promise<{ sessions: LearnerSession[]; loginMs: number; logins: number; startMs: number }> {
  const loginStarted = performance.now();
  const viaApi = fixture.learners.slice(0, options.loginCount);
  const loggedIn = await mapLimited(viaApi, options.concurrency, async (learner) => {
    const session = await postJson<{ accessToken: string }>(`${apiUrl}/api/auth/login`, learner);
    return session.accessToken;
  });
  const loginMs = performance.now() - loginStarted;
  const minted = await mintSessions(
    options.dataSource,
    options.env,
    fixture.learners.slice(options.loginCount).map((learner) => learner.username),
  );
  const startStarted = performance.now();
  const attemptsUrl = `${apiUrl}/api/learn/${encodeURIComponent(fixture.courseCode)}/lessons/${
    fixture.lessonId
  }/attempts`;
  const sessions = await mapLimited(
    [...loggedIn, ...minted],
    options.concurrency,
    async (accessToken) => {
      const attempt = await postJson<{ id: string; questions: { id: string }[] }>(
        attemptsUrl,
        {},
        accessToken,
      );
      return {
        accessToken,
        attemptId: attempt.id,
        questionIds: attempt.questions.map((q) => q.id),
      };
    },
  );
  return { sessions, loginMs, logins: viaApi.length, startMs: performance.now() - startStarted };
}
