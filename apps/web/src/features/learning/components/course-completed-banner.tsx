import { Alert, Button, Flex, Grid, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { LearnerCourseOutline } from '../api/learning-types';
import { useCertificateIssuedSince } from '../api/my-certificates';

/**
 * Shown once the course is complete: the date, and the certificates page when one was issued.
 * On a phone it is a compact line, so the lesson being reviewed stays in view.
 */
export function CourseCompletedBanner({ outline }: { outline: LearnerCourseOutline }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { data: certified } = useCertificateIssuedSince(outline.completedOn);
  const completedOn = outline.completedOn
    ? t('learning.completedOn', { date: formatDate(outline.completedOn) })
    : undefined;
  const certificateLink = certified ? (
    <Link key="certificates" to="/certificates">
      <Button type="primary" size={screens.md ? 'middle' : 'small'}>
        {t('learning.player.seeCertificate')}
      </Button>
    </Link>
  ) : null;
  if (!screens.md) {
    return (
      <div data-testid="course-completed" style={{ marginBottom: 12 }}>
        <Alert
          type="success"
          showIcon
          message={t('learning.player.completedTitle')}
          description={
            <Flex vertical gap={8} align="flex-start">
              {completedOn}
              {certificateLink}
            </Flex>
          }
        />
      </div>
    );
  }
  return (
    <div data-testid="course-completed">
      <Result
        status="success"
        title={t('learning.player.completedTitle')}
        subTitle={completedOn}
        extra={[
          certificateLink,
          <Link key="back" to="/learning">
            <Button>{t('learning.player.backToMine')}</Button>
          </Link>,
        ]}
        style={{ padding: '16px 0' }}
      />
    </div>
  );
}
