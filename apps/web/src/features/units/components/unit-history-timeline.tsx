import { Empty, Skeleton, Timeline, Typography } from 'antd';
import type { UnitVersionView } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { addDays, formatDate } from '../../../lib/dates';
import { useUnitHistory } from '../api/unit-history';

const CHANGE_COLOURS: Record<UnitVersionView['change'], string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  updated: 'blue',
  closed: 'red',
  merged: 'orange',
};

/** Every version of the unit, newest first; validTo is exclusive, so the last day shown is the day before. */
export function UnitHistoryTimeline({ code }: { code: string }) {
  const { t } = useTranslation();
  const history = useUnitHistory(code);
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Empty />;
  const versions = [...history.data].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={versions.map((version) => ({
        color: CHANGE_COLOURS[version.change],
        children: (
          <div>
            <Typography.Text strong>{t(`units.changes.${version.change}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {version.validTo
                ? t('units.validRange', {
                    from: formatDate(version.validFrom),
                    to: formatDate(addDays(version.validTo, -1)),
                  })
                : t('units.validFrom', { from: formatDate(version.validFrom) })}
            </Typography.Text>
            <div>
              {version.name} · {t(`unitKinds.${version.kind}`)}
            </div>
            {version.parent ? (
              <Typography.Text type="secondary">
                {t('units.parent')}: {version.parent.name}
              </Typography.Text>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
