import { readEnv } from './env';

describe('readEnv: LOA_VERIFY_RATE_LIMIT', () => {
  it.each([
    { raw: undefined, perMinute: 30 },
    { raw: '', perMinute: 30 },
    { raw: '600', perMinute: 600 },
  ])('$raw → $perMinute public verifications a minute', ({ raw, perMinute }) => {
    expect(readEnv({ LOA_VERIFY_RATE_LIMIT: raw }).verificationsPerMinute).toBe(perMinute);
  });

  it.each(['0', '-5', '2.5', 'many'])('refuses %s at start, naming the variable', (raw) => {
    expect(() => readEnv({ LOA_VERIFY_RATE_LIMIT: raw })).toThrow(/LOA_VERIFY_RATE_LIMIT/);
  });
});
