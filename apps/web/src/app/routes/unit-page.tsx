import {
  DownOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Button, Card, Dropdown, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { AsOfPicker } from '../../components/as-of-picker';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { UnitKindTag } from '../../components/ui/unit-kind-label';
import { CreatePersonModal } from '../../features/people/components/create-person-modal';
import { RosterTable } from '../../features/roster/components/roster-table';
import { useUnitDetail } from '../../features/units/api/unit-detail';
import { CloseUnitModal } from '../../features/units/components/close-unit-modal';
import { UnitChildrenList } from '../../features/units/components/unit-children-list';
import { UnitFormModal } from '../../features/units/components/unit-form-modal';
import { UnitHistoryTimeline } from '../../features/units/components/unit-history-timeline';
import { UnitBreadcrumb, UnitCounts } from '../../features/units/components/unit-summary';
import { isApiError } from '../../lib/api-error';
import { useAsOf, useAsOfLink } from '../../lib/as-of';
import { canManageUnits } from '../../lib/roles';
import { useCurrentUser } from '../../lib/session-hooks';
import { NotFoundPage } from './not-found-page';

type Dialog = 'add-unit' | 'edit-unit' | 'close-unit' | 'add-person' | null;

/** One unit as of a date: where it sits, its roster, the units below it, its history. */
export function UnitPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [asOf] = useAsOf();
  const link = useAsOfLink();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const detail = useUnitDetail(code, asOf);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState('roster');

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.status === 404)
      return <NotFoundPage title={t('units.notFound')} />;
    return <ErrorAlert error={detail.error} />;
  }
  const unit = detail.data;
  const manage = canManageUnits(user);
  const open = !unit.closedOn || unit.closedOn > asOf;

  const actions = manage ? (
    <Space wrap>
      <Button
        type="primary"
        icon={<UserAddOutlined />}
        onClick={() => setDialog('add-person')}
        disabled={!open}
      >
        {t('units.addPerson')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'add-unit', icon: <PlusOutlined />, label: t('units.addUnit'), disabled: !open },
            {
              key: 'edit-unit',
              icon: <EditOutlined />,
              label: t('units.editUnit'),
              disabled: !open,
            },
            ...(unit.parent
              ? [
                  {
                    key: 'close-unit',
                    icon: <StopOutlined />,
                    label: t('units.closeUnit'),
                    danger: true,
                    disabled: !open,
                  },
                ]
              : []),
          ],
          onClick: ({ key }) => setDialog(key as Dialog),
        }}
      >
        <Button>
          {t('units.moreActions')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  ) : null;

  return (
    <div>
      <UnitBreadcrumb unit={unit} />
      <PageTitle
        title={unit.name}
        subtitle={
          <Space size={4} wrap>
            <UnitKindTag kind={unit.kind} />
            <span>{t('units.codeLabel', { code: unit.code })}</span>
          </Space>
        }
        extra={
          <>
            <AsOfPicker />
            {actions}
          </>
        }
      />
      <UnitCounts unit={unit} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'roster',
              label: t('units.tabs.roster'),
              children: <RosterTable code={unit.code} asOf={asOf} />,
            },
            {
              key: 'children',
              label: t('units.tabs.children', { count: unit.childCount }),
              children: <UnitChildrenList code={unit.code} asOf={asOf} />,
            },
            {
              key: 'history',
              label: t('units.tabs.history'),
              children: <UnitHistoryTimeline code={unit.code} />,
            },
          ]}
        />
      </Card>
      <UnitFormModal
        open={dialog === 'add-unit'}
        mode="create"
        unit={unit}
        asOf={asOf}
        onClose={() => setDialog(null)}
      />
      <UnitFormModal
        open={dialog === 'edit-unit'}
        mode="edit"
        unit={unit}
        asOf={asOf}
        onClose={() => setDialog(null)}
      />
      <CloseUnitModal
        open={dialog === 'close-unit'}
        unit={unit}
        asOf={asOf}
        onClose={() => setDialog(null)}
      />
      <CreatePersonModal
        open={dialog === 'add-person'}
        unit={unit}
        asOf={asOf}
        onClose={() => setDialog(null)}
        onCreated={(staffCode) => navigate(link(`/people/${encodeURIComponent(staffCode)}`))}
      />
    </div>
  );
}
