import type { UnitSearchHit } from '@loa/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api-client';
import { useDebouncedValue } from '../lib/use-debounced-value';

interface UnitSearchSelectProps {
  value?: string | null;
  onChange?: (code: string | null) => void;
  asOf?: string;
  placeholder?: string;
  id?: string;
}

/** Picks a unit by name or code, searching the API as the user types; the value is its code. */
export function UnitSearchSelect({
  value,
  onChange,
  asOf,
  placeholder,
  id,
}: UnitSearchSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const { data = [], isFetching } = useQuery({
    queryKey: ['units', 'search', { q, asOf, limit: 20 }],
    queryFn: ({ signal }) =>
      api<UnitSearchHit[]>('/units/search', { query: { q, asOf, limit: 20 }, signal }),
    enabled: q.length >= 2,
  });
  return (
    <Select<string>
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('units.pickUnit')}
      filterOption={false}
      onSearch={setText}
      onChange={(code) => onChange?.(code ?? null)}
      notFoundContent={
        isFetching ? (
          <Spin size="small" />
        ) : q.length < 2 ? (
          t('units.typeToSearch')
        ) : (
          t('common.noResults')
        )
      }
      options={data.map((hit) => ({
        value: hit.code,
        label: `${hit.name} (${hit.code})`,
        hit,
      }))}
      optionRender={(option) => {
        const hit = (option.data as { hit: UnitSearchHit }).hit;
        return (
          <div>
            <div>
              {hit.name} <Typography.Text type="secondary">{hit.code}</Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {hit.path.map((unit) => unit.name).join(' › ')}
            </Typography.Text>
          </div>
        );
      }}
      style={{ width: '100%' }}
    />
  );
}
