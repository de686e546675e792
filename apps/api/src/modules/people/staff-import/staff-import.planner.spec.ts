import { planStaffImport, PlanInput } from './staff-import.planner';
import type { AssignmentState, PersonState, ResolvedRow } from './staff-import.types';

const AS_OF = '2026-09-01';

const row = (overrides: Partial<ResolvedRow> = {}): ResolvedRow => ({
  row: 2,
  staffCode: 'CB1',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-01-01',
  gender: null,
  email: null,
  phone: null,
  unitCode: 'U1',
  unitId: 'unit-1',
  position: 'Giáo viên',
  communicationOfficer: false,
  startDate: '2020-01-01',
  endDate: null,
  start: '2020-01-01',
  ...overrides,
});

const stored = (overrides: Partial<AssignmentState> = {}): AssignmentState => ({
  id: 'a-1',
  staffCode: 'CB1',
  fullName: 'Nguyễn Văn An',
  unitId: 'unit-1',
  unitCode: 'U1',
  position: 'Giáo viên',
  communicationOfficer: false,
  startDate: '2020-01-01',
  endDate: null,
  ...overrides,
});

const person: PersonState = {
  id: 'p-1',
  staffCode: 'CB1',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-01-01',
  gender: 'male',
  email: 'an@x.vn',
  phone: null,
};

const plan = (input: Partial<PlanInput>) =>
  planStaffImport({
    mode: 'rows',
    asOf: AS_OF,
    rows: [row()],
    people: new Map([['CB1', person]]),
    assignments: [stored()],
    inForce: [],
    ...input,
  });

describe('planStaffImport', () => {
  it.each([
    { case: 'same row again', rows: [row()], expected: { created: 0, updated: 0, unchanged: 1 } },
    {
      case: 'another start date is another assignment',
      rows: [row({ start: '2024-01-01', startDate: '2024-01-01' })],
      expected: { created: 1, updated: 0, unchanged: 0 },
    },
    {
      case: 'a new end date updates',
      rows: [row({ endDate: '2026-06-30' })],
      expected: { created: 0, updated: 1, unchanged: 0 },
    },
    {
      case: 'another unit is another assignment',
      rows: [row({ unitId: 'unit-2', unitCode: 'U2' })],
      expected: { created: 1, updated: 0, unchanged: 0 },
    },
  ])('rows mode: $case', ({ rows, expected }) => {
    expect(plan({ rows }).counts).toEqual({ ...expected, ended: 0 });
  });

  it('keeps stored optional person fields the file leaves empty', () => {
    const result = plan({ rows: [row({ fullName: 'Nguyễn Văn Ân', phone: '0912' })] });
    expect(result.personWrites).toEqual([
      { ...person, fullName: 'Nguyễn Văn Ân', phone: '0912', gender: 'male', email: 'an@x.vn' },
    ]);
    expect(result.people).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });

  it.each([
    {
      case: 'listed and the same: unchanged, its stored start kept',
      rows: [row({ startDate: null, start: AS_OF })],
      expected: { created: 0, updated: 0, ended: 0, unchanged: 1 },
      changes: [],
      inserts: 0,
    },
    {
      case: 'a new position from asOf: the old one ends the day before, a new one starts',
      rows: [row({ startDate: null, start: AS_OF, position: 'Tổ trưởng' })],
      expected: { created: 0, updated: 1, ended: 0, unchanged: 0 },
      changes: [
        expect.objectContaining({ id: 'a-1', position: 'Giáo viên', endDate: '2026-08-31' }),
      ],
      inserts: 1,
    },
    {
      case: 'not listed: ended on asOf − 1',
      rows: [],
      expected: { created: 0, updated: 0, ended: 1, unchanged: 0 },
      changes: [],
      inserts: 0,
    },
  ])('snapshot mode: $case', ({ rows, expected, changes, inserts }) => {
    const result = plan({ mode: 'snapshot', rows, inForce: [stored()] });
    expect(result.counts).toEqual(expected);
    expect(result.changes).toEqual(changes);
    expect(result.inserts).toHaveLength(inserts);
    expect(result.endIds).toEqual(expected.ended ? ['a-1'] : []);
  });

  it('snapshot mode: an unlisted assignment that starts on asOf cannot end the day before', () => {
    const startsToday = stored({ startDate: AS_OF });
    const result = plan({
      mode: 'snapshot',
      rows: [],
      assignments: [startsToday],
      inForce: [startsToday],
    });
    expect(result.endIds).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'cannot_end' })]);
  });

  it('snapshot mode: lists the ends by name as Vietnamese sorts them, then by staff code', () => {
    const names = [
      ['a-1', 'CB3', 'Đỗ Văn An'],
      ['a-2', 'CB2', 'Dương Thị Bình'],
      ['a-3', 'CB4', 'Bùi Châu'],
      ['a-4', 'CB1', 'Bùi Châu'],
      ['a-5', 'CB5', 'Ân Thị Hà'],
    ];
    const result = plan({
      mode: 'snapshot',
      rows: [],
      assignments: [],
      inForce: names.map(([id, staffCode, fullName]) => stored({ id, staffCode, fullName })),
    });
    expect(result.endIds).toEqual(['a-5', 'a-4', 'a-3', 'a-2', 'a-1']);
    expect(result.preview.map((entry) => entry.key.split(' · ')[0])).toEqual([
      'CB5',
      'CB1',
      'CB4',
      'CB2',
      'CB3',
    ]);
  });
});
