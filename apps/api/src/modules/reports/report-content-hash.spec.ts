import { canonicalJson } from './report-content-hash';

describe('canonicalJson', () => {
  it.each([
    {
      value: { b: 1, a: [2, { d: 'x', c: null }] },
      expected: '{"a":[2,{"c":null,"d":"x"}],"b":1}',
    },
    { value: { a: undefined, b: 'Hải Phòng' }, expected: '{"b":"Hải Phòng"}' },
    { value: [], expected: '[]' },
  ])('$expected', ({ value, expected }) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});
