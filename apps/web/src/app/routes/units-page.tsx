import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AsOfPicker } from '../../components/as-of-picker';
import { PageTitle } from '../../components/ui/page-title';
import { UnitSearchBox } from '../../features/units/components/unit-search-box';
import { UnitTree } from '../../features/units/components/unit-tree';
import { useAsOf, useAsOfLink } from '../../lib/as-of';

/** The organisation tree as of a date, with search by name or code. */
export function UnitsPage() {
  const { t } = useTranslation();
  const [asOf] = useAsOf();
  const link = useAsOfLink();
  const navigate = useNavigate();
  const open = (code: string) => navigate(link(`/units/${encodeURIComponent(code)}`));
  return (
    <div>
      <PageTitle title={t('nav.units')} subtitle={t('units.pageHelp')} extra={<AsOfPicker />} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <UnitSearchBox asOf={asOf} onOpen={open} />
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('units.tree')}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('units.treeHelp')}
            </Typography.Paragraph>
            <UnitTree key={asOf} asOf={asOf} onOpen={open} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
