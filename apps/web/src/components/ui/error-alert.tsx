import { Alert, Table } from 'antd';
import type { ErrorDetail } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error';

interface ErrorAlertProps {
  error: unknown;
  /** Shown above the server's message, e.g. "Không nhập được tệp". */
  title?: string;
}

/** The API's message (already in the user's language) and, when present, its details as a table. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('errors.generic');
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      message={title ?? message}
      description={
        <>
          {title ? <div>{message}</div> : null}
          {details.length > 0 ? <ErrorDetailsTable details={details} /> : null}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function ErrorDetailsTable({ details }: { details: ErrorDetail[] }) {
  const { t } = useTranslation();
  const hasRows = details.some((detail) => detail.row !== undefined);
  const hasColumns = details.some((detail) => detail.column || detail.field);
  return (
    <Table<ErrorDetail & { key: number }>
      size="small"
      style={{ marginTop: 8 }}
      pagination={details.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={details.map((detail, index) => ({ ...detail, key: index }))}
      columns={[
        ...(hasRows ? [{ title: t('errors.row'), dataIndex: 'row', width: 70 }] : []),
        ...(hasColumns
          ? [
              {
                title: t('errors.column'),
                key: 'column',
                render: (_: unknown, detail: ErrorDetail) => detail.column ?? detail.field ?? '',
              },
            ]
          : []),
        { title: t('errors.problem'), dataIndex: 'message' },
      ]}
    />
  );
}
