import { encodeCopyRow } from './copy-text';

describe('encodeCopyRow (COPY TEXT format)', () => {
  it.each([
    { name: 'plain values', values: ['a', 1, 2.5], expected: 'a\t1\t2.5\n' },
    { name: 'null as \\N', values: ['a', null], expected: 'a\t\\N\n' },
    { name: 'booleans as t / f', values: [true, false], expected: 't\tf\n' },
    { name: 'an empty string stays empty', values: ['', 'x'], expected: '\tx\n' },
    { name: 'a tab inside a value', values: ['a\tb'], expected: 'a\\tb\n' },
    { name: 'newlines inside a value', values: ['a\nb\rc'], expected: 'a\\nb\\rc\n' },
    { name: 'a backslash', values: ['C:\\x'], expected: 'C:\\\\x\n' },
    { name: 'the literal text \\N', values: ['\\N'], expected: '\\\\N\n' },
    { name: 'Vietnamese text unchanged', values: ['Nguyễn Thị Hà'], expected: 'Nguyễn Thị Hà\n' },
    {
      name: 'JSON with quotes and commas unchanged',
      values: ['{"a":"b, c"}'],
      expected: '{"a":"b, c"}\n',
    },
  ])('$name', ({ values, expected }) => {
    expect(encodeCopyRow(values)).toBe(expected);
  });
});
