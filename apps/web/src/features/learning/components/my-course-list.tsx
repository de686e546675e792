import { Button, Empty, Flex, List, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, todayInVietnam } from '../../../lib/dates';
import type { MyLearningItem } from '../api/learning-types';

interface MyCourseListProps {
  courses: MyLearningItem[];
  emptyText: string;
}

const percent = (progress: number) => Math.round(Number(progress) * 100);

/** The learner's courses with a progress bar, the due date (red when missed) and one action. */
export function MyCourseList({ courses, emptyText }: MyCourseListProps) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  if (courses.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  }
  return (
    <List
      itemLayout="vertical"
      dataSource={courses}
      rowKey="code"
      renderItem={(course) => {
        const overdue = course.status !== 'completed' && !!course.dueOn && course.dueOn < today;
        const href = `/learning/${encodeURIComponent(course.code)}`;
        return (
          <List.Item
            data-testid={`my-course-${course.code}`}
            actions={[
              <Link key="open" to={href}>
                <Button type={course.status === 'completed' ? 'default' : 'primary'}>
                  {course.status === 'completed'
                    ? t('learning.review')
                    : course.status === 'assigned'
                      ? t('learning.start')
                      : t('learning.continue')}
                </Button>
              </Link>,
            ]}
          >
            <Flex vertical gap={4}>
              <Link to={href}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {course.title}
                </Typography.Text>
              </Link>
              <Flex gap={8} wrap align="center">
                <Tag>{t(`learning.status.${course.status}`)}</Tag>
                {course.hours ? (
                  <Typography.Text type="secondary">
                    {t('learning.hours', { count: course.hours })}
                  </Typography.Text>
                ) : null}
                {course.dueOn && course.status !== 'completed' ? (
                  <Typography.Text type={overdue ? 'danger' : 'secondary'} strong={overdue}>
                    {overdue
                      ? t('learning.overdueSince', { date: formatDate(course.dueOn) })
                      : t('learning.dueOn', { date: formatDate(course.dueOn) })}
                  </Typography.Text>
                ) : null}
                {course.completedOn ? (
                  <Typography.Text type="success">
                    {t('learning.completedOn', { date: formatDate(course.completedOn) })}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Progress
                percent={percent(course.progress)}
                status={
                  course.status === 'completed' ? 'success' : overdue ? 'exception' : 'active'
                }
                aria-label={t('learning.progress')}
              />
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
