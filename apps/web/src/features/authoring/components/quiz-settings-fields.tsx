import type { QuizSettings } from '@loa/contracts';
import { Col, Form, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

/** The form's view of quiz settings: minutes rather than seconds, blanks for "no limit". */
export interface QuizSettingsValues {
  questionCount: number;
  shuffle: boolean;
  passPercent: number;
  attemptLimit: number | null;
  timeLimitMinutes: number | null;
}

export const fromQuizSettings = (quiz: QuizSettings | undefined): QuizSettingsValues => ({
  questionCount: quiz?.questionCount ?? 10,
  shuffle: quiz?.shuffle ?? true,
  passPercent: quiz?.passPercent ?? 70,
  attemptLimit: quiz?.attemptLimit ?? null,
  timeLimitMinutes: quiz?.timeLimitSeconds ? Math.round(quiz.timeLimitSeconds / 60) : null,
});

export const toQuizSettings = (values: QuizSettingsValues): QuizSettings => ({
  questionCount: values.questionCount,
  shuffle: values.shuffle,
  passPercent: values.passPercent,
  attemptLimit: values.attemptLimit || null,
  timeLimitSeconds: values.timeLimitMinutes ? values.timeLimitMinutes * 60 : null,
});

/** Number of questions drawn, shuffle, pass mark, attempt limit and time limit. */
export function QuizSettingsFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={12} md={8}>
        <Form.Item
          name="questionCount"
          label={t('authoring.quiz.questionCount')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={1} max={200} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="passPercent"
          label={t('authoring.quiz.passPercent')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={100} addonAfter="%" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="shuffle" label={t('authoring.quiz.shuffle')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="attemptLimit"
          label={t('authoring.quiz.attemptLimit')}
          extra={t('authoring.quiz.blankUnlimited')}
        >
          <InputNumber min={1} max={100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="timeLimitMinutes"
          label={t('authoring.quiz.timeLimit')}
          extra={t('authoring.quiz.blankNoLimit')}
        >
          <InputNumber min={1} max={1440} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
