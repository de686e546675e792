import type { LessonStatus } from '@loa/contracts';
import { LessonStateRow, resumeLesson } from './lesson-states.query';

const lessons = (...statuses: LessonStatus[]): LessonStateRow[] =>
  statuses.map((status, i) => ({
    id: `l${i + 1}`,
    kind: 'text',
    title: `Bài ${i + 1}`,
    required: true,
    durationMinutes: null,
    sectionId: 's1',
    sectionTitle: 'Chương 1',
    position: 0,
    status,
  }));

describe('resumeLesson', () => {
  it.each<{ name: string; rows: LessonStateRow[]; last: string | null; expected: string | null }>([
    {
      name: 'nothing opened: the first lesson',
      rows: lessons('not_started', 'not_started'),
      last: null,
      expected: 'l1',
    },
    {
      name: 'the last lesson, unfinished',
      rows: lessons('done', 'in_progress', 'not_started'),
      last: 'l2',
      expected: 'l2',
    },
    {
      name: 'the last lesson done: the next unfinished',
      rows: lessons('done', 'done', 'not_started'),
      last: 'l2',
      expected: 'l3',
    },
    {
      name: 'a failed quiz is unfinished',
      rows: lessons('done', 'failed'),
      last: 'l1',
      expected: 'l2',
    },
    {
      name: 'only an earlier lesson left: wraps to it',
      rows: lessons('not_started', 'done', 'passed'),
      last: 'l3',
      expected: 'l1',
    },
    {
      name: 'all finished: stays on the last',
      rows: lessons('done', 'passed'),
      last: 'l2',
      expected: 'l2',
    },
    {
      name: 'a last lesson of another version is ignored',
      rows: lessons('done', 'not_started'),
      last: 'gone',
      expected: 'l2',
    },
    { name: 'no lessons', rows: [], last: null, expected: null },
  ])('$name', ({ rows, last, expected }) => {
    expect(resumeLesson(rows, last)).toBe(expected);
  });
});
