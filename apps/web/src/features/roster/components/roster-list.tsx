import type { RosterEntry } from '@loa/contracts';
import { List, Typography } from 'antd';
import type { PaginationProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CommunicationOfficerTag } from '../../../components/ui/communication-officer-tag';
import { useAsOfLink } from '../../../lib/as-of';
import { formatDate } from '../../../lib/dates';

interface RosterListProps {
  entries: RosterEntry[];
  loading: boolean;
  emptyText: string;
  pagination: PaginationProps;
}

/** The roster on a phone: one card-like row per person instead of a wide table. */
export function RosterList({ entries, loading, emptyText, pagination }: RosterListProps) {
  const { t } = useTranslation();
  const link = useAsOfLink();
  return (
    <List<RosterEntry>
      loading={loading}
      dataSource={entries}
      rowKey={(entry) => entry.assignment.id}
      locale={{ emptyText }}
      pagination={{ ...pagination, size: 'small', showSizeChanger: false, align: 'center' }}
      renderItem={({ person, assignment }) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }}>
          <div>
            <Link to={link(`/people/${encodeURIComponent(person.staffCode)}`)}>
              <Typography.Text strong style={{ color: 'inherit' }}>
                {person.fullName}
              </Typography.Text>
            </Link>{' '}
            {assignment.communicationOfficer ? <CommunicationOfficerTag /> : null}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {person.staffCode} · {t('people.dateOfBirth')}: {formatDate(person.dateOfBirth)}
          </Typography.Text>
          <div style={{ fontSize: 13 }}>
            {[assignment.position, assignment.unit.name].filter(Boolean).join(' · ')}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {formatDate(assignment.startDate)} –{' '}
            {assignment.endDate ? formatDate(assignment.endDate) : t('people.current')}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
