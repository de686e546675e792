import { certificateStatus, maskBirthDate, StatusFacts } from './certificate-status';

const base: StatusFacts = {
  approval: 'approved',
  expiresOn: '2028-03-14',
  revokedOn: null,
  replaced: false,
};

describe('certificateStatus on 2028-03-14', () => {
  it.each([
    { what: 'valid through its last day', facts: base, expected: 'valid' },
    {
      what: 'expired the day after',
      facts: { ...base, expiresOn: '2028-03-13' },
      expected: 'expired',
    },
    { what: 'never expires', facts: { ...base, expiresOn: null }, expected: 'valid' },
    { what: 'revoked today', facts: { ...base, revokedOn: '2028-03-14' }, expected: 'revoked' },
    {
      what: 'revocation still ahead',
      facts: { ...base, revokedOn: '2028-03-15' },
      expected: 'valid',
    },
    {
      what: 'revoked beats expired',
      facts: { ...base, expiresOn: '2027-01-01', revokedOn: '2026-12-01' },
      expected: 'revoked',
    },
    {
      what: 'replaced',
      facts: { ...base, replaced: true, revokedOn: '2028-01-01' },
      expected: 'replaced',
    },
    {
      what: 'pending approval',
      facts: { ...base, approval: 'pending' as const },
      expected: 'pending',
    },
    { what: 'rejected: none', facts: { ...base, approval: 'rejected' as const }, expected: null },
  ])('$what → $expected', ({ facts, expected }) => {
    expect(certificateStatus(facts, '2028-03-14')).toBe(expected);
  });
});

it('masks the day and month of birth', () => {
  expect(maskBirthDate('1990-05-17')).toBe('**/**/1990');
});
