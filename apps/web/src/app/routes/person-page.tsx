import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { usePerson } from '../../features/people/api/person';
import { AddAssignmentModal } from '../../features/people/components/add-assignment-modal';
import { AssignmentsTable } from '../../features/people/components/assignments-table';
import { PersonDetailsCard } from '../../features/people/components/person-details-card';
import { isApiError } from '../../lib/api-error';
import { useAsOf } from '../../lib/as-of';
import { canManageUnits } from '../../lib/roles';
import { useCurrentUser } from '../../lib/session-hooks';
import { NotFoundPage } from './not-found-page';

/** A person: details, login account, and every assignment they have held. */
export function PersonPage() {
  const { t } = useTranslation();
  const { staffCode = '' } = useParams();
  const [asOf] = useAsOf();
  const user = useCurrentUser();
  const person = usePerson(staffCode);
  const [adding, setAdding] = useState(false);

  if (person.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (person.isError) {
    if (isApiError(person.error) && person.error.status === 404)
      return <NotFoundPage title={t('people.notFound')} />;
    return <ErrorAlert error={person.error} />;
  }
  const manage = canManageUnits(user);
  return (
    <div>
      <PageTitle
        title={person.data.fullName}
        subtitle={t('people.codeLabel', { code: person.data.staffCode })}
      />
      <PersonDetailsCard person={person.data} canManage={manage} />
      <Card
        size="small"
        title={t('people.assignmentHistory')}
        extra={
          manage ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('people.addAssignment')}
            </Button>
          ) : null
        }
      >
        <AssignmentsTable assignments={person.data.assignments} canManage={manage} />
      </Card>
      <AddAssignmentModal
        open={adding}
        staffCode={person.data.staffCode}
        asOf={asOf}
        onClose={() => setAdding(false)}
      />
    </div>
  );
}
