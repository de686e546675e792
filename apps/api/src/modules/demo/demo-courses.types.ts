import type { QuestionKind, QuestionOption } from '../courses/question.entity';

export type DemoLesson =
  | { kind: 'text'; title: string; minutes: number; html: string }
  | { kind: 'video'; title: string; minutes: number; url: string }
  | { kind: 'quiz'; title: string; minutes: number };

export interface DemoQuestion {
  kind: QuestionKind;
  text: string;
  options: QuestionOption[];
  explanation: string;
}

/** A demo course as data: one published version, its sections, lessons and question bank. */
export interface DemoCourse {
  code: string;
  title: string;
  summary: string;
  hours: number;
  programmeCode: 'BDTT' | 'QTNQ71';
  sections: { title: string; lessons: DemoLesson[] }[];
  questions: DemoQuestion[];
}

/** Every demo quiz: 10 questions drawn from the bank, pass mark 70 %, 3 attempts, shuffled. */
export const DEMO_QUIZ = { questionCount: 10, passPercent: 70, attemptLimit: 3, shuffle: true };

const KEYS = 'abcdefgh';

function optionsOf(texts: string[], correct: number[]): QuestionOption[] {
  return texts.map((text, i) => ({ key: KEYS[i], text, correct: correct.includes(i) }));
}

/** One right answer among `texts`, at index `correct`. */
export const single = (text: string, texts: string[], correct: number, explanation: string) =>
  ({ kind: 'single', text, options: optionsOf(texts, [correct]), explanation }) as DemoQuestion;

/** Several right answers among `texts`, at the indexes `correct`. */
export const multiple = (text: string, texts: string[], correct: number[], explanation: string) =>
  ({ kind: 'multiple', text, options: optionsOf(texts, correct), explanation }) as DemoQuestion;

/** A statement the learner marks Đúng or Sai. */
export const trueFalse = (text: string, isTrue: boolean, explanation: string) =>
  ({
    kind: 'true_false',
    text,
    options: optionsOf(['Đúng', 'Sai'], [isTrue ? 0 : 1]),
    explanation,
  }) as DemoQuestion;
