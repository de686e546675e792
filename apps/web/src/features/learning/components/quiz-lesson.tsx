import { Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { AttemptResult, QuizAttemptView, QuizLessonState } from '../api/learning-types';
import { useStartAttempt } from '../api/quiz';
import { QuizAttemptForm } from './quiz-attempt-form';
import { QuizResults } from './quiz-results';

interface QuizLessonProps {
  courseCode: string;
  lessonId: string;
  quiz: QuizLessonState;
}

type Stage =
  | { kind: 'intro' }
  | { kind: 'answering'; attempt: QuizAttemptView }
  | {
      kind: 'result';
      attempt: QuizAttemptView;
      answers: Record<string, string[]>;
      result: AttemptResult;
    };

/** A quiz lesson: its rules, then an attempt, then the results with explanations. */
export function QuizLesson({ courseCode, lessonId, quiz }: QuizLessonProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'intro' });
  const start = useStartAttempt(courseCode, lessonId);
  const begin = () =>
    start.mutate(undefined, { onSuccess: (attempt) => setStage({ kind: 'answering', attempt }) });

  if (stage.kind === 'answering') {
    return (
      <QuizAttemptForm
        attempt={stage.attempt}
        onSubmitted={(result, answers) =>
          setStage({ kind: 'result', attempt: stage.attempt, answers, result })
        }
      />
    );
  }
  const attemptsLeft = stage.kind === 'result' ? null : quiz.attemptsLeft;
  return (
    <Flex vertical gap={12}>
      {stage.kind === 'result' ? (
        <QuizResults
          attempt={stage.attempt}
          answers={stage.answers}
          result={stage.result}
          passPercent={quiz.settings.passPercent}
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'n',
              label: t('learning.quiz.questions'),
              children: quiz.settings.questionCount,
            },
            {
              key: 'pass',
              label: t('learning.quiz.passMarkLabel'),
              children: `${quiz.settings.passPercent} %`,
            },
            {
              key: 'time',
              label: t('learning.quiz.timeLimit'),
              children: quiz.settings.timeLimitSeconds
                ? t('learning.quiz.minutes', {
                    count: Math.ceil(quiz.settings.timeLimitSeconds / 60),
                  })
                : t('learning.quiz.noTimeLimit'),
            },
            {
              key: 'attempts',
              label: t('learning.quiz.attemptsLeft'),
              children:
                attemptsLeft === null || attemptsLeft === undefined
                  ? t('learning.quiz.unlimited')
                  : attemptsLeft,
            },
            ...(quiz.bestAttempt?.scorePercent !== null &&
            quiz.bestAttempt?.scorePercent !== undefined
              ? [
                  {
                    key: 'best',
                    label: t('learning.quiz.best'),
                    children: `${Math.round(quiz.bestAttempt.scorePercent)} %${
                      quiz.bestAttempt.passed ? ` · ${t('learning.quiz.passedShort')}` : ''
                    }`,
                  },
                ]
              : []),
          ]}
        />
      )}
      {start.error ? <ErrorAlert error={start.error} /> : null}
      {quiz.attemptsLeft === 0 && stage.kind === 'intro' ? (
        <Typography.Text type="secondary">{t('learning.quiz.noAttemptsLeft')}</Typography.Text>
      ) : (
        <div>
          <Button
            type={stage.kind === 'result' && stage.result.passed ? 'default' : 'primary'}
            onClick={begin}
            loading={start.isPending}
            data-testid="quiz-start"
          >
            {stage.kind === 'result'
              ? t('learning.quiz.retry')
              : quiz.openAttemptId
                ? t('learning.quiz.resume')
                : t('learning.quiz.start')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
