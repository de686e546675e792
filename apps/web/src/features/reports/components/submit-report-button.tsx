import { SendOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useSubmitReport } from '../api/unit-reports';

interface SubmitReportButtonProps {
  reportId: string;
  /** A section or the signer is still empty: say so instead of asking to confirm. */
  incomplete: boolean;
  /** Saves the narrative being written first; false stops the submission. */
  beforeSubmit: () => Promise<boolean>;
}

/** Submits after a confirmation that says the report will be frozen. */
export function SubmitReportButton({
  reportId,
  incomplete,
  beforeSubmit,
}: SubmitReportButtonProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const submit = useSubmitReport(reportId);

  const confirm = () => {
    if (incomplete) {
      void message.warning(t('reports.narrative.incomplete'));
      return;
    }
    modal.confirm({
      title: t('reports.submit.confirmTitle'),
      content: t('reports.submit.confirmText'),
      okText: t('reports.submit.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (!(await beforeSubmit())) return;
        try {
          await submit.mutateAsync();
          void message.success(t('reports.submit.done'));
        } catch (error) {
          void message.error(isApiError(error) ? error.message : t('errors.generic'));
        }
      },
    });
  };

  return (
    <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={confirm}>
      {t('reports.submit.button')}
    </Button>
  );
}
