import { todayInVietnam } from './dates';

describe('todayInVietnam', () => {
  // Called in this order on purpose: each answer is remembered for its minute only.
  it.each([
    { utc: '2026-11-23T16:59:00.000Z', today: '2026-11-23' },
    { utc: '2026-11-23T16:59:59.999Z', today: '2026-11-23' }, // 23:59:59 in Hải Phòng
    { utc: '2026-11-23T17:00:00.000Z', today: '2026-11-24' }, // midnight in Hải Phòng
    { utc: '2026-11-23T16:59:30.000Z', today: '2026-11-23' }, // back to the minute before
    { utc: '2026-12-31T17:00:00.000Z', today: '2027-01-01' },
  ])('$utc is $today', ({ utc, today }) => {
    expect(todayInVietnam(new Date(utc))).toBe(today);
  });
});
