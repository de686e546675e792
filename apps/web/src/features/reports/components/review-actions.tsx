import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useAcceptReport } from '../api/unit-reports';
import { ReturnReportModal } from './return-report-modal';

interface ReviewActionsProps {
  reportId: string;
  unitName: string;
  size?: 'small' | 'middle';
}

/** Return with a comment, or accept: the department's answer to a submitted report. */
export function ReviewActions({ reportId, unitName, size = 'middle' }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const accept = useAcceptReport();

  const onAccept = async () => {
    try {
      await accept.mutateAsync(reportId);
      void message.success(t('reports.review.accepted', { unit: unitName }));
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.generic'));
    }
  };

  return (
    <>
      <Popconfirm
        title={t('reports.review.acceptConfirm', { unit: unitName })}
        okText={t('reports.review.accept')}
        cancelText={t('common.cancel')}
        onConfirm={onAccept}
      >
        <Button size={size} type="primary" icon={<CheckOutlined />} loading={accept.isPending}>
          {t('reports.review.accept')}
        </Button>
      </Popconfirm>
      <Button size={size} danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
        {t('reports.review.return')}
      </Button>
      <ReturnReportModal
        reportId={returning ? reportId : null}
        unitName={unitName}
        onClose={() => setReturning(false)}
      />
    </>
  );
}
