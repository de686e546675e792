import { PlusOutlined } from '@ant-design/icons';
import type { ReportPeriodView } from '@loa/contracts';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PeriodAggregate } from './period-aggregate';
import { PeriodFormModal } from './period-form-modal';
import { PeriodMonitor } from './period-monitor';
import { PeriodsTable } from './periods-table';

/** The department's side: periods, then the chosen period's monitoring and aggregate. */
export function DepartmentReports({ periods }: { periods: ReportPeriodView[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const latest = [...periods].sort((a, b) => b.cutoffOn.localeCompare(a.cutoffOn))[0];
  const selectedId = params.get('period') ?? latest?.id ?? null;
  const select = (id: string) =>
    setParams(
      (current) => {
        current.set('period', id);
        return current;
      },
      { replace: true },
    );
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('reports.periods.heading')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('reports.periods.create')}
          </Button>
        }
      >
        {periods.length === 0 ? (
          <Empty description={t('reports.periods.none')} />
        ) : (
          <PeriodsTable periods={periods} selectedId={selectedId} onSelect={select} />
        )}
      </Card>
      {selectedId ? (
        <>
          <PeriodMonitor periodId={selectedId} />
          <PeriodAggregate periodId={selectedId} />
        </>
      ) : null}
      <PeriodFormModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
