import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { AccountsTable } from '../../features/accounts/components/accounts-table';

export function AccountsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('nav.accounts')} subtitle={t('accounts.pageHelp')} />
      <Card size="small">
        <AccountsTable />
      </Card>
    </div>
  );
}
