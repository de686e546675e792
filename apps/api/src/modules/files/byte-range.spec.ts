import { parseRange } from './byte-range';

describe('parseRange', () => {
  it.each([
    { header: undefined, size: 100, expected: { kind: 'whole' } },
    { header: 'bytes=0-9', size: 100, expected: { kind: 'range', range: { start: 0, end: 9 } } },
    { header: 'bytes=90-', size: 100, expected: { kind: 'range', range: { start: 90, end: 99 } } },
    { header: 'bytes=-10', size: 100, expected: { kind: 'range', range: { start: 90, end: 99 } } },
    { header: 'bytes=-500', size: 100, expected: { kind: 'range', range: { start: 0, end: 99 } } },
    {
      header: 'bytes=50-500',
      size: 100,
      expected: { kind: 'range', range: { start: 50, end: 99 } },
    }, // end clamps
    { header: 'bytes=100-', size: 100, expected: { kind: 'unsatisfiable' } }, // starts past the end
    { header: 'bytes=-0', size: 100, expected: { kind: 'unsatisfiable' } },
    { header: 'bytes=9-1', size: 100, expected: { kind: 'whole' } }, // invalid: ignored
    { header: 'bytes=0-1,5-6', size: 100, expected: { kind: 'whole' } }, // multi-range: ignored
    { header: 'items=0-1', size: 100, expected: { kind: 'whole' } },
  ])('$header of $size bytes', ({ header, size, expected }) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});
