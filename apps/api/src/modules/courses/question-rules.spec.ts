import type { QuestionInput } from '@loa/contracts';
import { questionProblems } from './question-rules';

const option = (key: string, correct: boolean) => ({ key, text: `Phương án ${key}`, correct });
const question = (kind: QuestionInput['kind'], ...options: ReturnType<typeof option>[]) => ({
  kind,
  text: 'Câu hỏi',
  options,
  explanation: '',
});

describe('questionProblems', () => {
  it.each([
    {
      name: 'single, one correct',
      q: question('single', option('a', true), option('b', false)),
      codes: [],
    },
    {
      name: 'single, two correct',
      q: question('single', option('a', true), option('b', true)),
      codes: ['exactly_one_correct'],
    },
    {
      name: 'single, none correct',
      q: question('single', option('a', false), option('b', false)),
      codes: ['exactly_one_correct'],
    },
    {
      name: 'multiple, two correct',
      q: question('multiple', option('a', true), option('b', true), option('c', false)),
      codes: [],
    },
    {
      name: 'multiple, none correct',
      q: question('multiple', option('a', false), option('b', false)),
      codes: ['at_least_one_correct'],
    },
    {
      name: 'true/false, fine',
      q: question('true_false', option('d', true), option('s', false)),
      codes: [],
    },
    {
      name: 'true/false, three options',
      q: question('true_false', option('d', true), option('s', false), option('x', false)),
      codes: ['true_false_two_options'],
    },
    {
      name: 'true/false, both correct',
      q: question('true_false', option('d', true), option('s', true)),
      codes: ['exactly_one_correct'],
    },
    {
      name: 'duplicate keys',
      q: question('single', option('a', true), option('a', false)),
      codes: ['duplicate_key'],
    },
  ])('$name', ({ q, codes }) => {
    expect(questionProblems(q).map((p) => p.code)).toEqual(codes);
  });
});
