import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { saveBlob } from '../../../lib/download';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs, todayInVietnam } from '../../../lib/dates';
import type { StaffImportMode } from '@loa/contracts';
import type { ImportKind, ImportSettings } from '../api/run-import';
import { STAFF_COLUMNS, templateBlob, templateFileName, UNIT_COLUMNS } from './import-templates';

interface ChooseStepProps {
  settings: ImportSettings;
  onChange: (settings: ImportSettings) => void;
  onNext: () => void;
}

/** Step 1: units or staff; for staff, row updates or a whole roster on a date. */
export function ChooseStep({ settings, onChange, onNext }: ChooseStepProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ImportSettings>) => onChange({ ...settings, ...patch });
  const snapshot = settings.kind === 'staff' && settings.mode === 'snapshot';
  const ready = !snapshot || (!!settings.unitCode && !!settings.asOf);
  const columns = settings.kind === 'units' ? UNIT_COLUMNS : STAFF_COLUMNS;

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item label={t('imports.whatLabel')}>
        <Radio.Group
          value={settings.kind}
          onChange={(event) => set({ kind: event.target.value as ImportKind })}
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'units', label: t('imports.kinds.units') },
            { value: 'staff', label: t('imports.kinds.staff') },
          ]}
        />
      </Form.Item>
      {settings.kind === 'staff' ? (
        <Form.Item label={t('imports.modeLabel')}>
          <Radio.Group
            value={settings.mode}
            onChange={(event) => set({ mode: event.target.value as StaffImportMode })}
          >
            <Space direction="vertical">
              <Radio value="rows">
                <Typography.Text strong>{t('imports.modes.rows')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('imports.modes.rowsHelp')}</Typography.Text>
              </Radio>
              <Radio value="snapshot">
                <Typography.Text strong>{t('imports.modes.snapshot')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {t('imports.modes.snapshotHelp')}
                </Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
      ) : null}
      {snapshot ? (
        <>
          <Form.Item label={t('imports.snapshotUnit')} required>
            <UnitSearchSelect
              value={settings.unitCode}
              onChange={(unitCode) => set({ unitCode })}
              asOf={settings.asOf}
            />
          </Form.Item>
          <Form.Item label={t('imports.snapshotDate')} required>
            <DatePicker
              format={DISPLAY_DATE_FORMAT}
              value={toDayjs(settings.asOf)}
              allowClear={false}
              onChange={(value) => set({ asOf: fromDayjs(value) ?? todayInVietnam() })}
            />
          </Form.Item>
          <Alert
            type="warning"
            showIcon
            message={t('imports.snapshotWarning')}
            style={{ marginBottom: 16 }}
          />
        </>
      ) : null}
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        message={t('imports.templateTitle')}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              {t('imports.templateHelp')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {columns.join(' · ')}
            </Typography.Paragraph>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => saveBlob(templateBlob(settings.kind), templateFileName(settings.kind))}
            >
              {t('imports.downloadTemplate')}
            </Button>
          </>
        }
      />
      <Button type="primary" size="large" disabled={!ready} onClick={onNext}>
        {t('common.next')}
      </Button>
    </Form>
  );
}
