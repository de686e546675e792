import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { AssignCourseForm } from '../../features/training/components/assign-course-form';
import { AssignmentsList } from '../../features/training/components/assignments-list';
import { ProgressTable } from '../../features/training/components/progress-table';

/** Training for managers and the department: progress in their subtree, and assigning courses. */
export function TrainingProgressPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('training.title')} subtitle={t('training.subtitle')} />
      <Tabs
        items={[
          {
            key: 'progress',
            label: t('training.tabs.progress'),
            children: (
              <Card size="small">
                <ProgressTable />
              </Card>
            ),
          },
          {
            key: 'assign',
            label: t('training.tabs.assign'),
            children: (
              <Card size="small">
                <AssignCourseForm />
              </Card>
            ),
          },
          {
            key: 'assignments',
            label: t('training.tabs.assignments'),
            children: (
              <Card size="small">
                <AssignmentsList unit={null} />
              </Card>
            ),
          },
        ]}
      />
    </div>
  );
}
