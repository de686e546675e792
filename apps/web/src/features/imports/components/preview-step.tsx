import { DownloadOutlined } from '@ant-design/icons';
import type {
  ErrorDetail,
  ImportPreviewRow,
  ImportResult,
  StaffImportResult,
} from '@loa/contracts';
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, ErrorDetailsTable } from '../../../components/ui/error-alert';
import { saveBlob } from '../../../lib/download';
import { ImportCounts } from './import-counts';
import { errorsBlob } from './import-templates';

const ACTION_COLOURS: Record<ImportPreviewRow['action'], string> = {
  create: 'green',
  update: 'blue',
  end: 'orange',
  unchanged: 'default',
};

interface PreviewStepProps {
  fileName: string;
  result: ImportResult | null;
  invalid: ErrorDetail[] | null;
  confirming: boolean;
  confirmError: unknown;
  onConfirm: () => void;
  onChooseAnotherFile: () => void;
}

/** Step 3: what the file would do (nothing is written yet), or every error by row and column. */
export function PreviewStep(props: PreviewStepProps) {
  const { fileName, result, invalid, confirming, confirmError, onConfirm, onChooseAnotherFile } =
    props;
  const { t } = useTranslation();

  if (invalid) {
    return (
      <div>
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('imports.invalidTitle', { count: invalid.length, file: fileName })}
          description={t('imports.nothingWritten')}
        />
        <ErrorDetailsTable details={invalid} />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => saveBlob(errorsBlob(invalid, t), 'loi-nhap-du-lieu.csv')}
          >
            {t('imports.downloadErrors')}
          </Button>
          <Button type="primary" onClick={onChooseAnotherFile}>
            {t('imports.chooseAnotherFile')}
          </Button>
        </Flex>
      </div>
    );
  }
  if (!result) return null;
  const nothingToDo = result.created + result.updated + result.ended === 0;
  return (
    <div>
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('imports.validTitle', { file: fileName })}
        description={t('imports.previewHelp')}
      />
      <ImportCounts result={result} />
      {'people' in result ? (
        <Typography.Paragraph type="secondary">
          {t('imports.peopleCounts', (result as StaffImportResult).people)}
        </Typography.Paragraph>
      ) : null}
      {'previewTruncated' in result && (result as StaffImportResult).previewTruncated ? (
        <Typography.Paragraph type="secondary">
          {t('imports.previewTruncated')}
        </Typography.Paragraph>
      ) : null}
      {result.preview && result.preview.length > 0 ? (
        <Table<ImportPreviewRow>
          size="small"
          rowKey={(row) => `${row.row}-${row.action}-${row.key}`}
          dataSource={result.preview}
          scroll={{ x: 640 }}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: t('errors.row'), dataIndex: 'row', width: 70 },
            {
              title: t('imports.action'),
              dataIndex: 'action',
              width: 120,
              render: (action: ImportPreviewRow['action']) => (
                <Tag color={ACTION_COLOURS[action]}>{t(`imports.actions.${action}`)}</Tag>
              ),
            },
            { title: t('imports.key'), dataIndex: 'key', width: 160 },
            { title: t('imports.summary'), dataIndex: 'summary' },
          ]}
        />
      ) : null}
      <ErrorAlert error={confirmError} />
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Button onClick={onChooseAnotherFile} disabled={confirming}>
          {t('imports.chooseAnotherFile')}
        </Button>
        <Button
          type="primary"
          size="large"
          loading={confirming}
          disabled={nothingToDo}
          onClick={onConfirm}
        >
          {t('imports.confirm')}
        </Button>
      </Flex>
    </div>
  );
}
