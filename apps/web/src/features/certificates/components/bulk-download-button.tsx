import { FileZipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { saveBulkDownload, useBulkDownloadJob, useStartBulkDownload } from '../api/bulk-download';
import type { RegistryFilters } from '../api/registry';

/**
 * "Tải tất cả (ZIP)": starts a background job that zips every certificate of the chosen unit
 * and the units below it, shows its progress (asked every 2 s), then downloads the ZIP.
 */
export function BulkDownloadButton({ filters }: { filters: RegistryFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const start = useStartBulkDownload();
  const [job, setJob] = useState<{ id: string; unitCode: string } | null>(null);
  const progress = useBulkDownloadJob(job?.id ?? null);
  const saved = useRef<string | null>(null);
  const status = progress.data?.status;

  useEffect(() => {
    if (!job || status !== 'done' || saved.current === job.id) return;
    saved.current = job.id;
    saveBulkDownload(job.id, job.unitCode).catch((error: unknown) =>
      message.error(isApiError(error) ? error.message : t('errors.generic')),
    );
  }, [job, status, message, t]);

  const running =
    !!job &&
    !progress.error &&
    (status === undefined || status === 'queued' || status === 'running');
  const percent =
    progress.data && progress.data.total > 0
      ? Math.floor((progress.data.done / progress.data.total) * 100)
      : 0;
  const unitCode = filters.unit;

  const button = (
    <Button
      icon={<FileZipOutlined />}
      disabled={!unitCode || running}
      loading={start.isPending}
      onClick={() => {
        if (!unitCode) return;
        setJob(null);
        start.mutate(
          {
            unitCode,
            from: filters.from ?? undefined,
            to: filters.to ?? undefined,
            programmeCode: filters.programme ?? undefined,
          },
          { onSuccess: ({ id }) => setJob({ id, unitCode }) },
        );
      }}
    >
      {t('certificates.bulk.button')}
    </Button>
  );

  return (
    <Flex vertical gap={6} style={{ minWidth: 0 }}>
      {unitCode ? button : <Tooltip title={t('certificates.bulk.pickUnit')}>{button}</Tooltip>}
      {start.error ? (
        <Alert
          type="error"
          showIcon
          message={isApiError(start.error) ? start.error.message : t('errors.generic')}
        />
      ) : null}
      {job ? (
        <div aria-live="polite" style={{ minWidth: 240 }}>
          <Progress
            percent={status === 'done' ? 100 : percent}
            status={status === 'failed' ? 'exception' : status === 'done' ? 'success' : 'active'}
            size="small"
          />
          <Typography.Text
            type={status === 'failed' ? 'danger' : 'secondary'}
            style={{ fontSize: 12 }}
          >
            {status === 'failed'
              ? progress.data?.error || t('certificates.bulk.failed')
              : status === 'done'
                ? t('certificates.bulk.done', { total: progress.data?.total ?? 0 })
                : status === 'running'
                  ? t('certificates.bulk.running', {
                      done: progress.data?.done ?? 0,
                      total: progress.data?.total ?? 0,
                    })
                  : t('certificates.bulk.queued')}
          </Typography.Text>
          {status === 'done' ? (
            <Button
              type="link"
              size="small"
              onClick={() => void saveBulkDownload(job.id, job.unitCode)}
            >
              {t('certificates.bulk.again')}
            </Button>
          ) : null}
          {progress.error ? (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
              {isApiError(progress.error) ? progress.error.message : t('errors.generic')}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
    </Flex>
  );
}
