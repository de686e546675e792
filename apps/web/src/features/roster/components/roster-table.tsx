import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { RosterEntry } from '@loa/contracts';
import { App, Button, Flex, Grid, Input, Segmented, Switch, Table, Typography } from 'antd';
import type { PaginationProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CommunicationOfficerTag } from '../../../components/ui/communication-officer-tag';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { useAsOfLink } from '../../../lib/as-of';
import { formatDate } from '../../../lib/dates';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useRosterExport } from '../api/roster-export';
import { useRoster } from '../api/roster';
import { RosterList } from './roster-list';

type OfficerFilter = 'all' | 'officers';
const PAGE_SIZE = 20;

/** The people in force at a unit (and, if chosen, below it) on a date; paged by the server. */
export function RosterTable({ code, asOf }: { code: string; asOf: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = useAsOfLink();
  const [subtree, setSubtree] = useState(false);
  const [officers, setOfficers] = useState<OfficerFilter>('all');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const q = useDebouncedValue(text.trim(), 350);
  const roster = useRoster(code, {
    asOf,
    subtree,
    q,
    communicationOfficer: officers === 'officers' ? true : null,
    page,
    pageSize,
  });
  const exporter = useRosterExport();
  const narrow = !(Grid.useBreakpoint().md ?? true);

  const columns: ColumnsType<RosterEntry> = [
    {
      title: t('people.staffCode'),
      key: 'staffCode',
      render: (_, e) => e.person.staffCode,
      width: 120,
    },
    {
      title: t('people.fullName'),
      key: 'fullName',
      render: (_, e) => (
        <Link to={link(`/people/${encodeURIComponent(e.person.staffCode)}`)}>
          {e.person.fullName}
        </Link>
      ),
    },
    {
      title: t('people.dateOfBirth'),
      key: 'dob',
      render: (_, e) => formatDate(e.person.dateOfBirth),
      width: 110,
    },
    {
      title: t('people.unit'),
      key: 'unit',
      render: (_, e) =>
        e.assignment.unit.code === code ? (
          e.assignment.unit.name
        ) : (
          <Link to={link(`/units/${encodeURIComponent(e.assignment.unit.code)}`)}>
            {e.assignment.unit.name}
          </Link>
        ),
    },
    { title: t('people.position'), key: 'position', render: (_, e) => e.assignment.position ?? '' },
    {
      title: t('people.communicationOfficerShort'),
      key: 'cbtt',
      width: 80,
      render: (_, e) => (e.assignment.communicationOfficer ? <CommunicationOfficerTag /> : null),
    },
    {
      title: t('people.startDate'),
      key: 'from',
      render: (_, e) => formatDate(e.assignment.startDate),
      width: 110,
    },
    {
      title: t('people.endDate'),
      key: 'to',
      width: 110,
      render: (_, e) =>
        e.assignment.endDate ? (
          formatDate(e.assignment.endDate)
        ) : (
          <Typography.Text type="secondary">{t('people.current')}</Typography.Text>
        ),
    },
  ];

  const emptyText = t('roster.empty', { date: formatDate(asOf) });
  const pagination: PaginationProps = {
    current: page,
    pageSize,
    total: roster.data?.total ?? 0,
    showTotal: (total) => t('roster.total', { count: total }),
    onChange: (nextPage, nextSize) => {
      setPage(nextSize !== pageSize ? 1 : nextPage);
      setPageSize(nextSize);
    },
  };

  const exportXlsx = () =>
    exporter.mutate(
      { code, asOf, subtree },
      {
        onError: (error) =>
          void message.error(isApiError(error) ? error.message : t('errors.generic')),
      },
    );

  return (
    <div>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('roster.searchPlaceholder')}
          aria-label={t('roster.searchPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
        <Flex gap={8} align="center">
          <Switch
            id="roster-subtree"
            checked={subtree}
            onChange={(checked) => {
              setSubtree(checked);
              setPage(1);
            }}
          />
          <label htmlFor="roster-subtree">{t('roster.includeSubunits')}</label>
        </Flex>
        <Segmented<OfficerFilter>
          value={officers}
          onChange={(value) => {
            setOfficers(value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('roster.everyone') },
            { value: 'officers', label: t('roster.officersOnly') },
          ]}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.isPending}
          onClick={exportXlsx}
          style={{ marginLeft: 'auto' }}
        >
          {t('roster.exportXlsx')}
        </Button>
      </Flex>
      {roster.isError ? <ErrorAlert error={roster.error} /> : null}
      {narrow ? (
        <RosterList
          entries={roster.data?.items ?? []}
          loading={roster.isFetching}
          emptyText={emptyText}
          pagination={pagination}
        />
      ) : (
        <Table<RosterEntry>
          rowKey={(entry) => entry.assignment.id}
          size="middle"
          loading={roster.isFetching}
          columns={columns}
          dataSource={roster.data?.items ?? []}
          scroll={{ x: 960 }}
          locale={{ emptyText }}
          pagination={{
            ...pagination,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
          }}
        />
      )}
    </div>
  );
}
