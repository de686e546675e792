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
});
