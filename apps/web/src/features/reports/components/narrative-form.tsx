import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { ReportNarrative } from '@loa/contracts';
import type { SaveState } from '../hooks/use-narrative-draft';

export const NARRATIVE_SECTIONS = ['done', 'results', 'difficulties', 'proposals'] as const;
export const ROMAN = ['I', 'II', 'III', 'IV'];

interface NarrativeFormProps {
  values: ReportNarrative;
  onChange: (values: ReportNarrative) => void;
  onSave: () => void;
  state: SaveState;
  savedAt: Date | null;
  error: unknown;
}

function SaveStateText({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const { t } = useTranslation();
  const time = savedAt
    ? savedAt.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })
    : '';
  const text = {
    saved: savedAt ? t('reports.narrative.savedAt', { time }) : t('reports.narrative.upToDate'),
    dirty: t('reports.narrative.unsaved'),
    saving: t('reports.narrative.saving'),
    error: t('reports.narrative.saveFailed'),
  }[state];
  const type = state === 'error' ? 'danger' : state === 'dirty' ? 'warning' : 'secondary';
  return (
    <Typography.Text type={type} data-testid="narrative-save-state" aria-live="polite">
      {text}
    </Typography.Text>
  );
}

/** The sections the department's plans ask for, and the signer, while the report is editable. */
export function NarrativeForm({
  values,
  onChange,
  onSave,
  state,
  savedAt,
  error,
}: NarrativeFormProps) {
  const { t } = useTranslation();
  const set = (field: keyof ReportNarrative) => (value: string) =>
    onChange({ ...values, [field]: value });
  return (
    <Card title={t('reports.narrative.heading')}>
      {state === 'error' ? <ErrorAlert error={error} /> : null}
      <Form layout="vertical" component="div">
        {NARRATIVE_SECTIONS.map((section, index) => (
          <Form.Item
            key={section}
            label={`${ROMAN[index]}. ${t(`reports.narrative.${section}`)}`}
            htmlFor={`narrative-${section}`}
          >
            <Input.TextArea
              id={`narrative-${section}`}
              value={values[section]}
              onChange={(event) => set(section)(event.target.value)}
              autoSize={{ minRows: 4, maxRows: 16 }}
              maxLength={20000}
              placeholder={t(`reports.narrative.${section}Hint`)}
            />
          </Form.Item>
        ))}
        <Flex gap={16} wrap>
          <Form.Item
            label={t('reports.narrative.signerTitle')}
            htmlFor="narrative-signer-title"
            style={{ flex: '1 1 240px' }}
          >
            <Input
              id="narrative-signer-title"
              value={values.signerTitle}
              onChange={(event) => set('signerTitle')(event.target.value)}
              placeholder={t('reports.narrative.signerTitleHint')}
              maxLength={200}
            />
          </Form.Item>
          <Form.Item
            label={t('reports.narrative.signerName')}
            htmlFor="narrative-signer-name"
            style={{ flex: '1 1 240px' }}
          >
            <Input
              id="narrative-signer-name"
              value={values.signerName}
              onChange={(event) => set('signerName')(event.target.value)}
              maxLength={200}
            />
          </Form.Item>
        </Flex>
      </Form>
      <Flex gap={12} align="center" wrap>
        <Button icon={<SaveOutlined />} onClick={onSave} loading={state === 'saving'}>
          {t('reports.narrative.save')}
        </Button>
        <SaveStateText state={state} savedAt={savedAt} />
      </Flex>
    </Card>
  );
}
