import { VERIFICATIONS_PER_WINDOW, VerificationRateLimiter } from './verification-rate-limiter';

describe('VerificationRateLimiter', () => {
  it('allows 30 a minute per address, then refuses until the minute has passed', () => {
    const limiter = new VerificationRateLimiter();
    const start = 1_000_000;
    const allowed = Array.from({ length: VERIFICATIONS_PER_WINDOW + 1 }, (_, i) =>
      limiter.allow('10.0.0.1', start + i),
    );
    expect(allowed.filter(Boolean)).toHaveLength(30);
    expect(allowed.at(-1)).toBe(false);
    expect(limiter.allow('10.0.0.2', start + 40)).toBe(true); // another address
    expect(limiter.allow('10.0.0.1', start + 60_000 + 31)).toBe(true); // a minute later
  });

  it('slides: a refused request counts, and a slot frees a minute after the request that took it', () => {
    const limiter = new VerificationRateLimiter({ verificationsPerMinute: 3 });
    const at = (second: number) => limiter.allow('10.0.0.1', second * 1000);
    expect([at(0), at(10), at(20), at(30)]).toEqual([true, true, true, false]);
    expect(at(59)).toBe(false); // the request at 0 s is still within the minute
    expect(at(60)).toBe(false); // 0 s has left, but 10, 20, 30 and 59 s are within it
    expect(at(91)).toBe(true); // only 60 s (and 59 s) within the last minute
  });

  it('takes its limit from LOA_VERIFY_RATE_LIMIT', () => {
    const limiter = new VerificationRateLimiter({ verificationsPerMinute: 1000 });
    const allowed = Array.from({ length: 1001 }, (_, i) => limiter.allow('10.0.0.1', 5000 + i));
    expect(allowed.filter(Boolean)).toHaveLength(1000);
    expect(allowed.at(-1)).toBe(false);
  });
});
