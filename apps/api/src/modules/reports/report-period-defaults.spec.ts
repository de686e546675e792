import { defaultPeriodDates } from './report-period-defaults';

describe('defaultPeriodDates (Decree 09/2019/NĐ-CP)', () => {
  it.each([
    {
      kind: 'half_year' as const,
      year: 2026,
      expected: {
        code: '2026-H1',
        title: '6 tháng đầu năm 2026',
        startsOn: '2025-12-15',
        cutoffOn: '2026-06-14',
        dueOn: '2026-06-20',
        opensOn: '2026-06-01',
      },
    },
    {
      kind: 'annual' as const,
      year: 2026,
      expected: {
        code: '2026-ANNUAL',
        title: 'năm 2026',
        startsOn: '2025-12-15',
        cutoffOn: '2026-12-14',
        dueOn: '2026-12-20',
        opensOn: '2026-12-01',
      },
    },
  ])('$kind $year', ({ kind, year, expected }) => {
    expect(defaultPeriodDates(kind, year)).toEqual(expected);
  });
});
