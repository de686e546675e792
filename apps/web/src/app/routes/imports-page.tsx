import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { ImportWizard } from '../../features/imports/components/import-wizard';

export function ImportsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('nav.imports')} subtitle={t('imports.pageHelp')} />
      <ImportWizard />
    </div>
  );
}
