import { CheckOutlined, ClockCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Grid, Modal, Progress, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { AttemptResult, QuizAttemptView } from '../api/learning-types';
import { saveAnswers, useSubmitAttempt } from '../api/quiz';
import { formatSeconds, useCountdown } from '../hooks/use-countdown';
import { useDebouncedCallback } from '../hooks/use-debounced-callback';
import { QuizQuestionCard } from './quiz-question-card';

type Answers = Record<string, string[]>;

interface QuizAttemptFormProps {
  attempt: QuizAttemptView;
  onSubmitted: (result: AttemptResult, answers: Answers) => void;
}

/**
 * An attempt in progress: every answer is saved shortly after it changes ("Đã lưu"), a
 * countdown runs when the quiz is timed, and submitting asks first and cannot be sent twice.
 * On a phone it shows one question per screen, on a desktop the whole list.
 */
export function QuizAttemptForm({ attempt, onSubmitted }: QuizAttemptFormProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const onePerScreen = !screens.md;
  const [answers, setAnswers] = useState<Answers>(attempt.answers ?? {});
  const [current, setCurrent] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [pendingSaves, setPendingSaves] = useState(0);
  const [saveFailed, setSaveFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const submit = useSubmitAttempt();
  const left = useCountdown(attempt.deadlineAt);
  const autoSubmitted = useRef(false);
  const latest = useRef<Answers>(answers);
  /** Saves run one after another, so an older answer set never lands after a newer one. */
  const saving = useRef<Promise<void>>(Promise.resolve());
  /** Whether the last save failed, readable after awaiting `saving` (state would be stale). */
  const lastSaveFailed = useRef(false);

  const autosave = useDebouncedCallback<Answers>((value) => {
    setPendingSaves((count) => count + 1);
    saving.current = saving.current
      .then(() => saveAnswers(attempt.id, value))
      .then(
        () => {
          lastSaveFailed.current = false;
          setSaveFailed(false);
          if (latest.current === value) setDirty(false);
        },
        () => {
          lastSaveFailed.current = true;
          setSaveFailed(true);
        },
      )
      .finally(() => setPendingSaves((count) => count - 1));
  }, 700);

  const answer = (questionId: string, keys: string[]) => {
    const next = { ...answers, [questionId]: keys };
    latest.current = next;
    setAnswers(next);
    setDirty(true);
    autosave.call(next);
  };

  /**
   * Submits only once the last answers are stored: the server scores what it has. When time is
   * up the server refuses saves, so what it stored before the deadline is submitted as it is.
   */
  const send = async (timeUp = false) => {
    if (sending) return;
    setSending(true);
    autosave.flush();
    await saving.current;
    if (lastSaveFailed.current && !timeUp) {
      try {
        await saveAnswers(attempt.id, latest.current);
      } catch {
        setSaveFailed(true);
        setSending(false);
        return;
      }
      lastSaveFailed.current = false;
      setSaveFailed(false);
      setDirty(false);
    }
    submit.mutate(attempt.id, {
      onSuccess: (result) => onSubmitted(result, latest.current),
      onSettled: () => setSending(false),
    });
  };
  useEffect(() => {
    if (left === 0 && !autoSubmitted.current && !submit.isPending) {
      autoSubmitted.current = true;
      void send(true);
    }
  }, [left]);

  const unanswered = attempt.questions.filter((q) => !(answers[q.id]?.length > 0)).length;
  const confirmSubmit = () =>
    Modal.confirm({
      title: t('learning.quiz.confirmTitle'),
      content:
        unanswered > 0
          ? t('learning.quiz.confirmUnanswered', { count: unanswered })
          : t('learning.quiz.confirmAll'),
      okText: t('learning.quiz.submit'),
      cancelText: t('common.cancel'),
      onOk: () => void send(),
    });

  const shown = onePerScreen ? [attempt.questions[current]] : attempt.questions;
  const answeredCount = attempt.questions.length - unanswered;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {t('learning.quiz.answered', { done: answeredCount, total: attempt.questions.length })}
        </Typography.Text>
        <Flex gap={8} align="center">
          {left !== null ? (
            <Tag
              icon={<ClockCircleOutlined />}
              color={left < 60 ? 'red' : 'blue'}
              data-testid="quiz-countdown"
            >
              {formatSeconds(left)}
            </Tag>
          ) : null}
          <Typography.Text type="secondary" data-testid="quiz-save-state">
            {pendingSaves > 0 || dirty ? (
              <>
                <LoadingOutlined /> {t('learning.quiz.saving')}
              </>
            ) : (
              <>
                <CheckOutlined /> {t('learning.quiz.saved')}
              </>
            )}
          </Typography.Text>
        </Flex>
      </Flex>
      {onePerScreen ? (
        <Progress
          percent={Math.round(((current + 1) / attempt.questions.length) * 100)}
          showInfo={false}
          size="small"
        />
      ) : null}
      {saveFailed ? (
        <Alert type="warning" showIcon message={t('learning.quiz.saveFailed')} />
      ) : null}
      {shown.map((question) => {
        const index = attempt.questions.indexOf(question);
        return (
          <QuizQuestionCard
            key={question.id}
            index={index}
            question={question}
            value={answers[question.id] ?? []}
            onChange={(keys) => answer(question.id, keys)}
          />
        );
      })}
      {submit.error ? <ErrorAlert error={submit.error} /> : null}
      <Flex justify="space-between" gap={8} wrap>
        {onePerScreen ? (
          <Flex gap={8}>
            <Button disabled={current === 0} onClick={() => setCurrent(current - 1)}>
              {t('learning.quiz.previous')}
            </Button>
            <Button
              disabled={current >= attempt.questions.length - 1}
              onClick={() => setCurrent(current + 1)}
            >
              {t('learning.quiz.next')}
            </Button>
          </Flex>
        ) : (
          <span />
        )}
        <Button
          type="primary"
          onClick={confirmSubmit}
          loading={sending || submit.isPending}
          disabled={sending || submit.isPending}
          data-testid="quiz-submit"
        >
          {t('learning.quiz.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
