import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  FLUSH_AFTER_MS,
  FLUSH_AT_CHECKS,
  VerificationCheckLog,
  type VerificationCheckRecord,
} from './verification-check-log';

/** A data source that keeps the parameters of every insert; fails while `failing` is set. */
function recordingDataSource() {
  const inserts: unknown[][][] = [];
  const state = { failing: false };
  const dataSource = {
    query: jest.fn((_sql: string, parameters: unknown[][]) => {
      if (state.failing) return Promise.reject(new Error('database down'));
      inserts.push(parameters);
      return Promise.resolve([]);
    }),
  };
  const numbersWritten = () => inserts.flatMap((parameters) => parameters[2]);
  return { dataSource: dataSource as unknown as DataSource, inserts, state, numbersWritten };
}

const check = (numberAsked: string): VerificationCheckRecord => ({
  at: new Date('2026-11-23T07:00:00Z'),
  channel: 'number',
  numberAsked,
  result: 'valid',
  clientHash: 'a'.repeat(64),
});

describe('VerificationCheckLog', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('writes the checks of a moment in one insert, FLUSH_AFTER_MS after the first', async () => {
    const db = recordingDataSource();
    const log = new VerificationCheckLog(db.dataSource);
    log.record(check('1/2026'));
    log.record(check('2/2026'));
    expect(db.inserts).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(FLUSH_AFTER_MS);
    expect(db.inserts).toHaveLength(1);
    expect(db.numbersWritten()).toEqual(['1/2026', '2/2026']);
  });

  it('writes at once when a batch is full', async () => {
    const db = recordingDataSource();
    const log = new VerificationCheckLog(db.dataSource);
    for (let i = 0; i < FLUSH_AT_CHECKS; i++) log.record(check(`${i}/2026`));
    await jest.advanceTimersByTimeAsync(0);
    expect(db.inserts).toHaveLength(1);
    expect(db.numbersWritten()).toHaveLength(FLUSH_AT_CHECKS);
  });

  it('writes what is pending when the application stops', async () => {
    const db = recordingDataSource();
    const log = new VerificationCheckLog(db.dataSource);
    log.record(check('1/2026'));
    await log.onModuleDestroy();
    expect(db.numbersWritten()).toEqual(['1/2026']);
  });

  it('keeps the checks when the database refuses them and writes them with the next batch', async () => {
    const db = recordingDataSource();
    const log = new VerificationCheckLog(db.dataSource);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    db.state.failing = true;
    log.record(check('1/2026'));
    await log.flush();
    db.state.failing = false;
    log.record(check('2/2026'));
    await log.flush();
    expect(db.numbersWritten()).toEqual(['1/2026', '2/2026']);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
