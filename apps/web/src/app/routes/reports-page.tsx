import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';

/** Placeholder until the reports area is built; it says so rather than pretending. */
export function ReportsPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('common.comingSoon')} />;
}
