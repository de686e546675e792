import type { CoverageStatus } from '@loa/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR } from './coverage-format';

export function CoverageStatusTag({ status }: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} bordered={false}>
      {t(`coverage.status.${status}`)}
    </Tag>
  );
}
