import type { UnitKind } from '@loa/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag bordered={false}>{t(`unitKinds.${kind}`)}</Tag>;
}
