import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export function CommunicationOfficerTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('people.communicationOfficer')}>
      <Tag color="blue">{t('people.communicationOfficerShort')}</Tag>
    </Tooltip>
  );
}
