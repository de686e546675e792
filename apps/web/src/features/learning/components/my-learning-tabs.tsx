import { Badge, Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { MyLearning } from '../api/learning-types';
import { useMyLearning } from '../api/my-learning';
import { MyCourseList } from './my-course-list';

type Section = Exclude<keyof MyLearning, 'summary'>;

const SECTIONS: Section[] = ['overdue', 'dueSoon', 'inProgress', 'assigned', 'completed'];

/** Opens on the most urgent section that has something in it. */
function firstUseful(learning: MyLearning): Section {
  return SECTIONS.find((key) => learning[key].length > 0) ?? 'assigned';
}

/** "My learning": assigned, in progress, completed, due soon and overdue, each with a count. */
export function MyLearningTabs() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useMyLearning();
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !data) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <Card size="small">
      <Tabs
        defaultActiveKey={firstUseful(data)}
        items={SECTIONS.map((key) => ({
          key,
          label: (
            <span>
              {t(`learning.sections.${key}`)}{' '}
              <Badge
                count={data[key].length}
                showZero
                color={key === 'overdue' && data.overdue.length > 0 ? 'red' : 'gray'}
              />
            </span>
          ),
          children: <MyCourseList courses={data[key]} emptyText={t(`learning.empty.${key}`)} />,
        }))}
      />
    </Card>
  );
}
