import {
  ApartmentOutlined,
  BookOutlined,
  CloudUploadOutlined,
  PieChartOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RoleTag } from '../../components/ui/role-tag';
import { canManageUnits, isAdmin } from '../../lib/roles';
import { useCurrentUser } from '../../lib/session-hooks';

function QuickLink({
  to,
  icon,
  title,
  text,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
}) {
  return (
    <Link to={to}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Card.Meta
          avatar={<span style={{ fontSize: 24, color: '#0b5cad' }}>{icon}</span>}
          title={title}
          description={text}
        />
      </Card>
    </Link>
  );
}

/** Not built yet: says so plainly instead of showing made-up numbers. */
function ComingSoon({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      title={
        <span>
          {icon} {title}
        </span>
      }
      extra={<Tag>{t('home.comingSoon')}</Tag>}
    >
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user) return null;
  const manager = canManageUnits(user);
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('home.yourRoles')} style={{ height: '100%' }}>
            <List
              size="small"
              dataSource={user.grants}
              locale={{ emptyText: t('home.noRoles') }}
              renderItem={(grant) => (
                <List.Item>
                  <span>
                    <RoleTag role={grant.role} />
                    {manager ? (
                      <Link to={`/units/${encodeURIComponent(grant.unit.code)}`}>
                        {grant.unit.name}
                      </Link>
                    ) : (
                      grant.unit.name
                    )}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Row gutter={[16, 16]}>
            {manager ? (
              <>
                <Col xs={24} sm={12}>
                  <QuickLink
                    to="/units"
                    icon={<ApartmentOutlined />}
                    title={t('nav.units')}
                    text={t('home.unitsText')}
                  />
                </Col>
                <Col xs={24} sm={12}>
                  <QuickLink
                    to="/imports"
                    icon={<CloudUploadOutlined />}
                    title={t('nav.imports')}
                    text={t('home.importsText')}
                  />
                </Col>
              </>
            ) : null}
            {isAdmin(user) ? (
              <Col xs={24} sm={12}>
                <QuickLink
                  to="/accounts"
                  icon={<TeamOutlined />}
                  title={t('nav.accounts')}
                  text={t('home.accountsText')}
                />
              </Col>
            ) : null}
            <Col xs={24} sm={12}>
              <ComingSoon
                icon={<BookOutlined />}
                title={t('home.learning')}
                text={t('home.learningText')}
              />
            </Col>
            {manager ? (
              <Col xs={24} sm={12}>
                <ComingSoon
                  icon={<PieChartOutlined />}
                  title={t('home.coverage')}
                  text={t('home.coverageText')}
                />
              </Col>
            ) : null}
          </Row>
        </Col>
      </Row>
    </div>
  );
}
