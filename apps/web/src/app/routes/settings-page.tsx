import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { ProgrammesTable } from '../../features/settings/components/programmes-table';
import { TargetsTable } from '../../features/settings/components/targets-table';

/** /settings: the department edits targets, programmes and certificate templates. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('settings.title')} subtitle={t('settings.pageHelp')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card size="small" title={t('settings.targets.title')}>
          <TargetsTable />
        </Card>
        <Card size="small" title={t('settings.programmes.title')}>
          <ProgrammesTable />
        </Card>
      </Space>
    </div>
  );
}
