import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { CatalogueCard } from '../../features/learning/components/catalogue-card';
import { MyLearningTabs } from '../../features/learning/components/my-learning-tabs';
import { NotificationsBell } from '../../features/learning/components/notifications-bell';

/** "Học tập của tôi": the learner's courses by state, open courses, and notifications. */
export function MyLearningPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle
        title={t('learning.title')}
        subtitle={t('learning.subtitle')}
        extra={<NotificationsBell />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <MyLearningTabs />
        </Col>
        <Col xs={24} lg={8}>
          <CatalogueCard />
        </Col>
      </Row>
    </div>
  );
}
