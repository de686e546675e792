import type { AssignmentView } from '@loa/contracts';
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CommunicationOfficerTag } from '../../../components/ui/communication-officer-tag';
import { formatDate, todayInVietnam } from '../../../lib/dates';
import { EndAssignmentModal } from './end-assignment-modal';

/** In force today: started, and no end or an end today or later (end dates are inclusive). */
export const isCurrent = (assignment: AssignmentView, today = todayInVietnam()): boolean =>
  assignment.startDate <= today && (!assignment.endDate || assignment.endDate >= today);

/** A person's assignments, newest first; managers may end the ones still open. */
export function AssignmentsTable({
  assignments,
  canManage,
}: {
  assignments: AssignmentView[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<AssignmentView | null>(null);
  const today = todayInVietnam();
  const rows = [...assignments].sort((a, b) => b.startDate.localeCompare(a.startDate));

  const columns: ColumnsType<AssignmentView> = [
    {
      title: t('people.unit'),
      key: 'unit',
      render: (_, a) => <Link to={`/units/${encodeURIComponent(a.unit.code)}`}>{a.unit.name}</Link>,
    },
    { title: t('people.position'), key: 'position', render: (_, a) => a.position ?? '' },
    {
      title: t('people.communicationOfficerShort'),
      key: 'cbtt',
      width: 80,
      render: (_, a) => (a.communicationOfficer ? <CommunicationOfficerTag /> : null),
    },
    {
      title: t('people.startDate'),
      key: 'from',
      width: 110,
      render: (_, a) => formatDate(a.startDate),
    },
    {
      title: t('people.endDate'),
      key: 'to',
      width: 140,
      render: (_, a) =>
        isCurrent(a, today) && !a.endDate ? (
          <Tag color="green">{t('people.current')}</Tag>
        ) : (
          <>
            {formatDate(a.endDate)}
            {isCurrent(a, today) ? (
              <Tag color="green" style={{ marginLeft: 6 }}>
                {t('people.current')}
              </Tag>
            ) : null}
          </>
        ),
    },
    ...(canManage
      ? [
          {
            title: '',
            key: 'actions',
            width: 150,
            render: (_: unknown, a: AssignmentView) =>
              !a.endDate || a.endDate >= today ? (
                <Button size="small" onClick={() => setEnding(a)}>
                  {t('people.endAssignment')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<AssignmentView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('people.noAssignments') }}
      />
      <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />
    </>
  );
}
