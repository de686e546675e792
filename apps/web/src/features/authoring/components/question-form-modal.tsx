import type { QuestionInput, QuestionKind, QuestionOptionView, QuestionView } from '@loa/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useQuestionMutations } from '../api/questions';

const KINDS: QuestionKind[] = ['single', 'multiple', 'true_false'];
const KEYS = 'abcdefghij'.split('');

interface QuestionFormModalProps {
  courseCode: string;
  /** The question to edit, `'new'` for a new one, null when closed. */
  question: QuestionView | 'new' | null;
  onClose: () => void;
}

const blankOptions = (kind: QuestionKind, t: (key: string) => string): QuestionOptionView[] =>
  kind === 'true_false'
    ? [
        { key: 'a', text: t('authoring.questions.true'), correct: true },
        { key: 'b', text: t('authoring.questions.false'), correct: false },
      ]
    : [
        { key: 'a', text: '', correct: true },
        { key: 'b', text: '', correct: false },
      ];

/** The rules the server enforces, checked here first so the author sees them at once. */
export function questionProblem(kind: QuestionKind, options: QuestionOptionView[]): string | null {
  const correct = options.filter((option) => option.correct).length;
  if (options.some((option) => !option.text.trim())) return 'emptyOption';
  if (kind === 'true_false' && options.length !== 2) return 'trueFalseTwo';
  if (kind !== 'multiple' && correct !== 1) return 'exactlyOne';
  if (kind === 'multiple' && correct < 1) return 'atLeastOne';
  if (options.length < 2) return 'twoOptions';
  return null;
}

/** A bank question: its kind, text, options with the correct ones ticked, and the explanation. */
export function QuestionFormModal({ courseCode, question, onClose }: QuestionFormModalProps) {
  const { t } = useTranslation();
  const { create, update } = useQuestionMutations(courseCode);
  const [kind, setKind] = useState<QuestionKind>('single');
  const [text, setText] = useState('');
  const [explanation, setExplanation] = useState('');
  const [options, setOptions] = useState<QuestionOptionView[]>([]);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (!question) return;
    const existing = question === 'new' ? null : question;
    setKind(existing?.kind ?? 'single');
    setText(existing?.text ?? '');
    setExplanation(existing?.explanation ?? '');
    setOptions(existing?.options ?? blankOptions('single', t));
    setChecked(false);
    create.reset();
    update.reset();
    // Only when another question is opened.
  }, [question]);

  const changeKind = (next: QuestionKind) => {
    setKind(next);
    if (next === 'true_false') setOptions(blankOptions(next, t));
    else if (next === 'single') {
      const first = options.findIndex((option) => option.correct);
      setOptions(
        options.map((option, index) => ({ ...option, correct: index === Math.max(0, first) })),
      );
    }
  };
  const setOption = (index: number, patch: Partial<QuestionOptionView>) =>
    setOptions(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  const markCorrect = (index: number, value: boolean) =>
    setOptions(
      options.map((option, i) =>
        kind === 'multiple'
          ? i === index
            ? { ...option, correct: value }
            : option
          : { ...option, correct: i === index },
      ),
    );
  const problem = !text.trim() ? 'emptyText' : questionProblem(kind, options);
  const mutation = question === 'new' || !question ? create : update;
  const save = () => {
    setChecked(true);
    if (problem) return;
    const body: QuestionInput = {
      kind,
      text: text.trim().normalize('NFC'),
      explanation: explanation.trim().normalize('NFC'),
      options: options.map((option, index) => ({
        key: KEYS[index],
        text: option.text.trim().normalize('NFC'),
        correct: option.correct,
      })),
    };
    if (question === 'new') create.mutate(body, { onSuccess: onClose });
    else if (question) update.mutate({ id: question.id, ...body }, { onSuccess: onClose });
  };
  return (
    <Modal
      open={!!question}
      title={question === 'new' ? t('authoring.questions.add') : t('authoring.questions.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={mutation.isPending}
      width={640}
      destroyOnClose
    >
      <Form layout="vertical">
        <Form.Item label={t('authoring.questions.kind')}>
          <Radio.Group value={kind} onChange={(event) => changeKind(event.target.value)}>
            {KINDS.map((value) => (
              <Radio.Button key={value} value={value}>
                {t(`authoring.questions.kinds.${value}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('authoring.questions.text')} required>
          <Input.TextArea
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={3000}
          />
        </Form.Item>
        <Form.Item
          label={t('authoring.questions.options')}
          extra={t('authoring.questions.optionsHelp')}
        >
          <Flex vertical gap={8}>
            {options.map((option, index) => (
              <Flex key={index} gap={8} align="center">
                {kind === 'multiple' ? (
                  <Checkbox
                    checked={option.correct}
                    onChange={(event) => markCorrect(index, event.target.checked)}
                    aria-label={t('authoring.questions.correct')}
                  />
                ) : (
                  <Radio
                    checked={option.correct}
                    onChange={() => markCorrect(index, true)}
                    aria-label={t('authoring.questions.correct')}
                  />
                )}
                <Input
                  value={option.text}
                  onChange={(event) => setOption(index, { text: event.target.value })}
                  placeholder={t('authoring.questions.optionText', {
                    key: KEYS[index].toUpperCase(),
                  })}
                  maxLength={1000}
                />
                {kind !== 'true_false' && options.length > 2 ? (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('authoring.delete')}
                    onClick={() => setOptions(options.filter((_, i) => i !== index))}
                  />
                ) : null}
              </Flex>
            ))}
            {kind !== 'true_false' && options.length < KEYS.length ? (
              <div>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    setOptions([
                      ...options,
                      { key: KEYS[options.length], text: '', correct: false },
                    ])
                  }
                >
                  {t('authoring.questions.addOption')}
                </Button>
              </div>
            ) : null}
          </Flex>
        </Form.Item>
        <Form.Item
          label={t('authoring.questions.explanation')}
          extra={t('authoring.questions.explanationHelp')}
        >
          <Input.TextArea
            rows={2}
            value={explanation}
            onChange={(event) => setExplanation(event.target.value)}
            maxLength={3000}
          />
        </Form.Item>
        {checked && problem ? (
          <Alert type="error" showIcon message={t(`authoring.questions.problems.${problem}`)} />
        ) : null}
        {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
      </Form>
    </Modal>
  );
}
