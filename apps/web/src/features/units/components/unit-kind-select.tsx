import { UNIT_KINDS, UnitKind } from '@loa/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

export function UnitKindSelect(props: {
  value?: UnitKind;
  onChange?: (kind: UnitKind) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select<UnitKind>
      {...props}
      showSearch
      optionFilterProp="label"
      options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
    />
  );
}
