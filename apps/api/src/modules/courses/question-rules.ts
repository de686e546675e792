import type { ErrorDetail, QuestionInput } from '@loa/contracts';

/**
 * What makes a question answerable: distinct option keys; single choice and true/false have
 * exactly one correct option; multiple choice at least one; true/false exactly two options.
 */
export function questionProblems(question: QuestionInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (code: string, message: string) => problems.push({ field: 'options', code, message });
  const keys = question.options.map((option) => option.key.trim());
  if (new Set(keys).size !== keys.length)
    add('duplicate_key', 'Các phương án phải có mã khác nhau');
  const correct = question.options.filter((option) => option.correct).length;
  if (question.kind === 'true_false' && question.options.length !== 2) {
    add('true_false_two_options', 'Câu hỏi đúng/sai phải có đúng hai phương án');
  }
  if ((question.kind === 'single' || question.kind === 'true_false') && correct !== 1) {
    add('exactly_one_correct', 'Câu hỏi này phải có đúng một phương án đúng');
  }
  if (question.kind === 'multiple' && correct < 1) {
    add('at_least_one_correct', 'Câu hỏi nhiều lựa chọn phải có ít nhất một phương án đúng');
  }
  return problems;
}
