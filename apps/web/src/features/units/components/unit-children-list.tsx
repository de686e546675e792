import { RightOutlined } from '@ant-design/icons';
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitKindTag } from '../../../components/ui/unit-kind-label';
import { useAsOfLink } from '../../../lib/as-of';
import { useUnitChildren } from '../api/unit-children';

/** The units directly below this one on the chosen date. */
export function UnitChildrenList({ code, asOf }: { code: string; asOf: string }) {
  const { t } = useTranslation();
  const link = useAsOfLink();
  const children = useUnitChildren(code, asOf);
  if (children.isError) return <ErrorAlert error={children.error} />;
  return (
    <List
      loading={children.isPending}
      dataSource={children.data ?? []}
      locale={{ emptyText: <Empty description={t('units.noChildren')} /> }}
      renderItem={(unit) => (
        <List.Item extra={<RightOutlined style={{ color: '#bbb' }} />} style={{ paddingInline: 4 }}>
          <List.Item.Meta
            title={<Link to={link(`/units/${encodeURIComponent(unit.code)}`)}>{unit.name}</Link>}
            description={
              <span>
                <UnitKindTag kind={unit.kind} />
                <Typography.Text type="secondary">
                  {unit.code}
                  {unit.childCount > 0
                    ? ` · ${t('units.childCount', { count: unit.childCount })}`
                    : ''}
                </Typography.Text>
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}
