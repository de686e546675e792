import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';

/** Placeholder until the certificates area is built; it says so rather than pretending. */
export function CertificatesPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('common.comingSoon')} />;
}
