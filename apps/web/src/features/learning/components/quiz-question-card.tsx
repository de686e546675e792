import { Card, Checkbox, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttemptQuestion, QuestionResult } from '../api/learning-types';

interface QuizQuestionCardProps {
  index: number;
  question: AttemptQuestion;
  value: string[];
  onChange?: (keys: string[]) => void;
  result?: QuestionResult;
}

/** One question: radio buttons for single/true-false, checkboxes for multiple; results marked. */
export function QuizQuestionCard({
  index,
  question,
  value,
  onChange,
  result,
}: QuizQuestionCardProps) {
  const { t } = useTranslation();
  const disabled = !onChange || !!result;
  const optionLabel = (key: string, text: string) => {
    const correct = result?.correctKeys.includes(key);
    return (
      <span
        style={{
          color: result
            ? correct
              ? '#389e0d'
              : value.includes(key)
                ? '#cf1322'
                : undefined
            : undefined,
        }}
      >
        {text}
        {result && correct ? ` ✓` : ''}
      </span>
    );
  };
  return (
    <Card
      size="small"
      data-testid={`question-${index}`}
      title={
        <Typography.Text style={{ whiteSpace: 'normal' }}>
          {t('learning.quiz.questionNo', { n: index + 1 })}
          {question.kind === 'multiple' ? ` · ${t('learning.quiz.chooseMany')}` : ''}
        </Typography.Text>
      }
      style={{
        borderColor: result ? (result.correct ? '#b7eb8f' : '#ffa39e') : undefined,
      }}
    >
      <Typography.Paragraph strong style={{ fontSize: 16 }}>
        {question.text}
      </Typography.Paragraph>
      {question.kind === 'multiple' ? (
        <Checkbox.Group
          value={value}
          disabled={disabled}
          onChange={(keys) => onChange?.(keys.map(String))}
        >
          <Space direction="vertical">
            {question.options.map((option) => (
              <Checkbox key={option.key} value={option.key}>
                {optionLabel(option.key, option.text)}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      ) : (
        <Radio.Group
          value={value[0]}
          disabled={disabled}
          onChange={(event) => onChange?.([String(event.target.value)])}
        >
          <Space direction="vertical">
            {question.options.map((option) => (
              <Radio key={option.key} value={option.key}>
                {optionLabel(option.key, option.text)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      )}
      {result ? (
        <Typography.Paragraph
          type={result.correct ? 'success' : 'danger'}
          style={{ marginTop: 12, marginBottom: 0 }}
        >
          <strong>{result.correct ? t('learning.quiz.right') : t('learning.quiz.wrong')}</strong>
          {result.explanation ? ` ${result.explanation}` : ''}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
