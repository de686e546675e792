import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ErrorDetail, ImportPreviewRow, TrainingRecordImportResult } from '@loa/contracts';
import { TRAINING_RECORD_COLUMNS } from '@loa/contracts';
import { Alert, Button, Flex, Modal, Progress, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, ErrorDetailsTable } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { csvBlob, saveBlob } from '../../../lib/download';
import { useImportTrainingRecords } from '../api/training-records';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's Vietnamese headers and one example row to replace (dates dd/mm/yyyy). */
const templateBlob = () =>
  csvBlob([
    TRAINING_RECORD_COLUMNS.map((c) => c.vi),
    ['CB000123', 'BDTT', '15/03/2026', '', '', 'Trường Đại học Hải Phòng'],
  ]);

interface TrainingRecordsImportModalProps {
  open: boolean;
  /** A department administrator's records count at once; a manager's wait for approval. */
  needsApproval: boolean;
  onClose: () => void;
}

type Step =
  | { name: 'upload' }
  | { name: 'preview'; file: File; result: TrainingRecordImportResult }
  | { name: 'invalid'; file: File; details: ErrorDetail[] }
  | { name: 'done'; result: TrainingRecordImportResult };

/** "Nhập kết quả đào tạo bên ngoài": upload → check (nothing written) → confirm. */
export function TrainingRecordsImportModal(props: TrainingRecordsImportModalProps) {
  const { open, needsApproval, onClose } = props;
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'upload' });
  const [progress, setProgress] = useState(0);
  const check = useImportTrainingRecords();
  const write = useImportTrainingRecords();

  const close = () => {
    check.reset();
    write.reset();
    setStep({ name: 'upload' });
    onClose();
  };
  const upload = (file: File) => {
    setProgress(0);
    check.mutate(
      { file, dryRun: true, onProgress: setProgress },
      {
        onSuccess: (result) => setStep({ name: 'preview', file, result }),
        onError: (error) => {
          if (isApiError(error) && error.code === 'IMPORT_INVALID' && error.details.length > 0) {
            setStep({ name: 'invalid', file, details: error.details });
          }
        },
      },
    );
  };
  const confirm = (file: File) =>
    write.mutate(
      { file, dryRun: false },
      { onSuccess: (result) => setStep({ name: 'done', result }) },
    );

  return (
    <Modal
      open={open}
      width={760}
      title={t('certificates.import.title')}
      onCancel={close}
      footer={null}
      destroyOnHidden
    >
      {step.name === 'upload' ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('certificates.import.help', {
              columns: TRAINING_RECORD_COLUMNS.map((c) => c.vi).join(', '),
            })}
          </Typography.Paragraph>
          {needsApproval ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('certificates.import.needsApproval')}
            />
          ) : null}
          <ErrorAlert
            error={
              check.error && !(isApiError(check.error) && check.error.code === 'IMPORT_INVALID')
                ? check.error
                : null
            }
            title={t('certificates.import.rejected')}
          />
          <Upload.Dragger
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={check.isPending}
            beforeUpload={(file) => {
              upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('certificates.import.drop')}</p>
          </Upload.Dragger>
          {check.isPending ? <Progress percent={progress} status="active" /> : null}
          <Button
            type="link"
            icon={<DownloadOutlined />}
            style={{ paddingLeft: 0, marginTop: 8 }}
            onClick={() => saveBlob(templateBlob(), 'mau-ket-qua-dao-tao.csv')}
          >
            {t('certificates.import.template')}
          </Button>
        </>
      ) : null}
      {step.name === 'invalid' ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('certificates.import.invalid', {
              count: step.details.length,
              file: step.file.name,
            })}
            description={t('certificates.import.nothingWritten')}
          />
          <ErrorDetailsTable details={step.details} />
          <Flex justify="flex-end" style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => setStep({ name: 'upload' })}>
              {t('certificates.import.another')}
            </Button>
          </Flex>
        </>
      ) : null}
      {step.name === 'preview' ? (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('certificates.import.valid', { file: step.file.name })}
            description={t('certificates.import.nothingWritten')}
          />
          <Flex gap={24} style={{ marginBottom: 12 }}>
            <Statistic title={t('certificates.import.created')} value={step.result.created} />
            <Statistic title={t('certificates.import.unchanged')} value={step.result.unchanged} />
          </Flex>
          {step.result.preview?.length ? (
            <Table<ImportPreviewRow>
              size="small"
              rowKey={(r) => `${r.row}-${r.key}`}
              dataSource={step.result.preview}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 560 }}
              columns={[
                { title: t('errors.row'), dataIndex: 'row', width: 70 },
                { title: t('certificates.import.key'), dataIndex: 'key', width: 140 },
                { title: t('certificates.import.summary'), dataIndex: 'summary' },
              ]}
            />
          ) : null}
          <ErrorAlert error={write.error} />
          <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 12 }}>
            <Button onClick={() => setStep({ name: 'upload' })} disabled={write.isPending}>
              {t('certificates.import.another')}
            </Button>
            <Button
              type="primary"
              loading={write.isPending}
              disabled={step.result.created === 0}
              onClick={() => confirm(step.file)}
            >
              {t('certificates.import.confirm', { count: step.result.created })}
            </Button>
          </Flex>
        </>
      ) : null}
      {step.name === 'done' ? (
        <>
          <Alert
            type="success"
            showIcon
            message={t('certificates.import.done', { count: step.result.created })}
            description={needsApproval ? t('certificates.import.needsApproval') : undefined}
          />
          <Flex justify="flex-end" style={{ marginTop: 12 }}>
            <Button type="primary" onClick={close}>
              {t('common.close')}
            </Button>
          </Flex>
        </>
      ) : null}
    </Modal>
  );
}
