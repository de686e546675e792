import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { LearnerCourseOutline } from '../api/learning-types';
import { useCertificateIssuedSince } from '../api/my-certificates';

/** Shown once the course is complete: the date, and the certificates page when one was issued. */
export function CourseCompletedBanner({ outline }: { outline: LearnerCourseOutline }) {
  const { t } = useTranslation();
  const { data: certified } = useCertificateIssuedSince(outline.completedOn);
  return (
    <div data-testid="course-completed">
      <Result
        status="success"
        title={t('learning.player.completedTitle')}
        subTitle={
          outline.completedOn
            ? t('learning.completedOn', { date: formatDate(outline.completedOn) })
            : undefined
        }
        extra={[
          certified ? (
            <Link key="certificates" to="/certificates">
              <Button type="primary">{t('learning.player.seeCertificate')}</Button>
            </Link>
          ) : null,
          <Link key="back" to="/learning">
            <Button>{t('learning.player.backToMine')}</Button>
          </Link>,
        ]}
        style={{ padding: '16px 0' }}
      />
    </div>
  );
}
