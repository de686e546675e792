import type { CoverageRankingItem, CoverageRankingKind, UnitKind } from '@loa/contracts';
import { Button, Card, Empty, Grid, Segmented, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCoverageRanking, type CoverageSubject } from '../api/coverage-queries';
import { formatCount, formatPercent } from './coverage-format';
import { CoverageStatusTag } from './coverage-status-tag';

interface RankingProps {
  subject: CoverageSubject;
  /** Below a commune there are no communes: rank every unit there instead. */
  unitKind: UnitKind;
  onOpen: (code: string) => void;
}

/** "Xa chỉ tiêu nhất": the communes (or every unit) below, furthest from the threshold first. */
export function CoverageRankingCard({ subject, unitKind, onOpen }: RankingProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [kind, setKind] = useState<CoverageRankingKind>(unitKind === 'commune' ? 'all' : 'commune');
  const ranking = useCoverageRanking(subject, kind);
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  const columns: ColumnsType<CoverageRankingItem> = [
    {
      title: '#',
      key: 'rank',
      width: 40,
      render: (_, __, index) => index + 1,
    },
    {
      title: t('coverage.children.unit'),
      key: 'unit',
      width: narrow ? 140 : undefined,
      render: (_, item) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(item.unit.code)}
        >
          {item.unit.name}
        </Button>
      ),
    },
    {
      title: t('coverage.children.coverage'),
      key: 'coverage',
      align: 'right',
      render: (_, item) =>
        `${formatPercent(item.coverage, lang)} (${formatCount(item.trained, lang)}/${formatCount(item.population, lang)})`,
    },
    {
      title: t('coverage.children.gap'),
      dataIndex: 'gap',
      align: 'right',
      render: (value: number) => (
        <Typography.Text strong>{formatCount(value, lang)}</Typography.Text>
      ),
    },
    {
      title: t('coverage.children.status'),
      key: 'status',
      responsive: ['md'],
      render: (_, item) => <CoverageStatusTag status={item.status} />,
    },
  ];
  return (
    <Card
      title={t('coverage.ranking.title')}
      extra={
        <Segmented<CoverageRankingKind>
          size="small"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'commune', label: t('coverage.ranking.communes') },
            { value: 'all', label: t('coverage.ranking.all') },
          ]}
        />
      }
    >
      {ranking.isPending ? (
        <Skeleton active />
      ) : ranking.isError ? (
        <ErrorAlert error={ranking.error} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('coverage.ranking.meeting', {
              meeting: formatCount(ranking.data.meeting, lang),
              ranked: formatCount(ranking.data.ranked, lang),
            })}
          </Typography.Paragraph>
          {ranking.data.items.length === 0 ? (
            <Empty
              description={
                ranking.data.ranked === 0
                  ? t('coverage.ranking.nothing')
                  : t('coverage.ranking.none')
              }
            />
          ) : (
            <Table<CoverageRankingItem>
              size="small"
              rowKey={(item) => item.unit.code}
              columns={columns}
              dataSource={ranking.data.items}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          )}
        </>
      )}
    </Card>
  );
}
