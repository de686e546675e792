import { Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttemptResult, QuizAttemptView } from '../api/learning-types';
import { QuizQuestionCard } from './quiz-question-card';

interface QuizResultsProps {
  attempt: QuizAttemptView | null;
  answers: Record<string, string[]>;
  result: AttemptResult;
  passPercent: number;
}

/** The score, pass or fail, and each question with the right answer and its explanation. */
export function QuizResults({ attempt, answers, result, passPercent }: QuizResultsProps) {
  const { t } = useTranslation();
  const score = Math.round(Number(result.scorePercent));
  return (
    <Flex vertical gap={12}>
      <Result
        status={result.passed ? 'success' : 'warning'}
        title={
          result.passed
            ? t('learning.quiz.passed', { score })
            : t('learning.quiz.failed', { score })
        }
        subTitle={t('learning.quiz.passMark', { percent: passPercent })}
        style={{ padding: '16px 0' }}
      />
      {attempt
        ? attempt.questions.map((question, index) => (
            <QuizQuestionCard
              key={question.id}
              index={index}
              question={question}
              value={answers[question.id] ?? []}
              result={result.questions.find((item) => item.questionId === question.id)}
            />
          ))
        : null}
    </Flex>
  );
}
