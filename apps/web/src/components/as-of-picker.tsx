import { DatePicker, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../lib/as-of';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../lib/dates';

/** "Tính đến ngày": the date every list and count on the page is shown at (kept in the URL). */
export function AsOfPicker() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useAsOf();
  return (
    <Space size={8} wrap>
      <Typography.Text type="secondary">{t('asOf.label')}</Typography.Text>
      <DatePicker
        aria-label={t('asOf.label')}
        format={DISPLAY_DATE_FORMAT}
        value={toDayjs(asOf)}
        allowClear={false}
        onChange={(value) => setAsOf(fromDayjs(value))}
        style={{ width: 150 }}
      />
    </Space>
  );
}
