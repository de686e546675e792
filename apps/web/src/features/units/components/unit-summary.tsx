import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@loa/contracts';
import { Alert, Breadcrumb, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAsOfLink } from '../../../lib/as-of';
import { formatDate } from '../../../lib/dates';

/** Where the unit sits, and how many people and units it has on the chosen date. */
export function UnitBreadcrumb({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const link = useAsOfLink();
  return (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[
        { title: <Link to={link('/units')}>{t('nav.units')}</Link> },
        ...unit.path.map((ancestor) => ({
          title: (
            <Link to={link(`/units/${encodeURIComponent(ancestor.code)}`)}>{ancestor.name}</Link>
          ),
        })),
        { title: unit.name },
      ]}
    />
  );
}

export function UnitCounts({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const link = useAsOfLink();
  return (
    <>
      {unit.closedOn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('units.closedOn', { date: formatDate(unit.closedOn) })}
          description={
            unit.mergedInto ? (
              <span>
                {t('units.mergedInto')}{' '}
                <Link to={link(`/units/${encodeURIComponent(unit.mergedInto.code)}`)}>
                  {unit.mergedInto.name}
                </Link>
              </span>
            ) : undefined
          }
        />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={t('units.staffCount')}
              value={unit.staffCount}
              prefix={<TeamOutlined />}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={t('units.childUnits')}
              value={unit.childCount}
              prefix={<ApartmentOutlined />}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
