import { Col, DatePicker, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';
import { useProgrammes } from '../api/my-certificates';
import type { RegistryFilters as Filters } from '../api/registry';

interface RegistryFiltersProps {
  value: Filters;
  onChange: (value: Filters) => void;
}

/** A subtree, a period of issue dates (dd/mm/yyyy) and a programme. */
export function RegistryFilters({ value, onChange }: RegistryFiltersProps) {
  const { t } = useTranslation();
  const programmes = useProgrammes().data ?? [];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={10}>
        <UnitSearchSelect
          id="registry-unit"
          value={value.unit}
          placeholder={t('certificates.registry.unitPlaceholder')}
          onChange={(unit) => onChange({ ...value, unit })}
        />
      </Col>
      <Col xs={24} md={8}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          format={DISPLAY_DATE_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('certificates.registry.from'), t('certificates.registry.to')]}
          value={[toDayjs(value.from), toDayjs(value.to)]}
          onChange={(range) =>
            onChange({ ...value, from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })
          }
        />
      </Col>
      <Col xs={24} md={6}>
        <Select<string>
          allowClear
          style={{ width: '100%' }}
          aria-label={t('certificates.registry.programme')}
          placeholder={t('certificates.registry.allProgrammes')}
          value={value.programme ?? undefined}
          onChange={(programme) => onChange({ ...value, programme: programme ?? null })}
          options={programmes.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
        />
      </Col>
    </Row>
  );
}
