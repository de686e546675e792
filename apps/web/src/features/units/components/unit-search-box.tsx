import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitKindTag } from '../../../components/ui/unit-kind-label';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { SEARCH_MIN_LENGTH, useUnitSearch } from '../api/unit-search';

interface UnitSearchBoxProps {
  asOf: string;
  onOpen: (code: string) => void;
}

/** Finds a unit by name or code (accents optional, as the API allows); shows where it sits. */
export function UnitSearchBox({ asOf, onOpen }: UnitSearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const search = useUnitSearch(q, asOf);
  const hits = q.length >= SEARCH_MIN_LENGTH ? (search.data ?? []) : [];

  return (
    <AutoComplete
      value={text}
      onChange={setText}
      onSelect={(code: string) => {
        setText('');
        onOpen(code);
      }}
      style={{ width: '100%' }}
      notFoundContent={
        q.length >= SEARCH_MIN_LENGTH && !search.isFetching ? t('common.noResults') : null
      }
      options={hits.map((hit) => ({
        value: hit.code,
        label: (
          <div data-testid="unit-search-hit" style={{ whiteSpace: 'normal', padding: '2px 0' }}>
            <div>
              <Typography.Text strong>{hit.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">{hit.code}</Typography.Text>{' '}
              <UnitKindTag kind={hit.kind} />
            </div>
            {hit.path.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {hit.path.map((unit) => unit.name).join(' › ')}
              </Typography.Text>
            ) : null}
          </div>
        ),
      }))}
    >
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('units.searchPlaceholder')}
        aria-label={t('units.search')}
      />
    </AutoComplete>
  );
}
