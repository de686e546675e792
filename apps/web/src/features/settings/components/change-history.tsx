import { Empty, Spin, Timeline, Typography } from 'antd';
import type { ReferenceChange, TargetPeriodView } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { HistorySubject, useHistory } from '../api/reference-api';

type Translate = (key: string) => string;

const isPeriod = (value: unknown): value is TargetPeriodView =>
  typeof value === 'object' && value !== null && 'startsOn' in value && 'threshold' in value;

/** A history value as people read it: periods as "dd/mm/yyyy – dd/mm/yyyy: 70%". */
function show(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined) return '—';
  if (field === 'population' && typeof value === 'string') return t(`settings.population.${value}`);
  if (Array.isArray(value) && value.every(isPeriod)) {
    return value
      .map(
        (p) =>
          `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}: ${Math.round(p.threshold * 10000) / 100}%`,
      )
      .join('; ');
  }
  if (typeof value === 'object' && 'code' in value) return String(value.code);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields that differ between before and after, as "field: before → after". */
function changedFields(
  change: ReferenceChange,
): { field: string; before: unknown; after: unknown }[] {
  const before = (change.details.before ?? {}) as Record<string, unknown>;
  const after = (change.details.after ?? {}) as Record<string, unknown>;
  return Object.keys(after)
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** "Lịch sử thay đổi": who changed what and when, newest first as the API returns it. */
export function ChangeHistory({ subject, code }: { subject: HistorySubject; code: string }) {
  const { t } = useTranslation();
  const history = useHistory(subject, code);
  if (history.isPending) return <Spin />;
  if (history.error) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Empty description={t('settings.history.empty')} />;
  return (
    <Timeline
      data-testid="change-history"
      items={history.data.map((change, i) => ({
        key: `${change.at}-${i}`,
        children: (
          <div>
            <Typography.Text strong>
              {formatDateTime(change.at)} · {change.actor ?? t('settings.history.system')}
            </Typography.Text>
            {changedFields(change).map(({ field, before, after }) => (
              <div key={field}>
                <Typography.Text type="secondary">
                  {t(`settings.fields.${field}`, { defaultValue: field })}:
                </Typography.Text>{' '}
                {show(field, before, t)} → {show(field, after, t)}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
