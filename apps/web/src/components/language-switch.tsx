import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, Language, setLanguage } from '../lib/i18n';

/** Tiếng Việt / English, remembered on this device. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => void setLanguage(value)}
      options={[
        { value: 'vi', label: t('language.vi') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
