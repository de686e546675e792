import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AsOfPicker } from '../../../components/as-of-picker';
import { isApiError } from '../../../lib/api-error';
import { useTargets } from '../api/coverage-context';
import { useCurrentViewDownload } from '../api/coverage-downloads';
import type { CoverageSubject } from '../api/coverage-queries';

interface ToolbarProps {
  subject: CoverageSubject | null;
  onTarget: (code: string) => void;
  target: string;
}

/** The target, the date and the download of the current view. */
export function CoverageToolbar({ subject, target, onTarget }: ToolbarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const targets = useTargets();
  const download = useCurrentViewDownload();
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center">
        <Typography.Text type="secondary">{t('coverage.target')}</Typography.Text>
        <Select<string>
          aria-label={t('coverage.target')}
          value={target}
          onChange={onTarget}
          loading={targets.isPending}
          style={{ minWidth: 200, maxWidth: '70vw' }}
          popupMatchSelectWidth={false}
          options={(targets.data ?? [{ code: target, name: target }]).map((item) => ({
            value: item.code,
            label: `${item.code} — ${item.name}`,
          }))}
        />
      </Flex>
      <AsOfPicker />
      <Button
        icon={<DownloadOutlined />}
        disabled={!subject}
        loading={download.isPending}
        onClick={() =>
          subject &&
          download.mutate(subject, {
            onError: (error) =>
              message.error(isApiError(error) ? error.message : t('coverage.exports.failed')),
          })
        }
      >
        {t('coverage.exports.currentView')}
      </Button>
    </Flex>
  );
}
