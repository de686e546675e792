import { Typography } from 'antd';
import type { UnitRef } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { VIETNAM_TIME_ZONE } from '../../../lib/dates';
import type { ReportPeriodView } from '@loa/contracts';

interface ReportHeaderPreviewProps {
  unit: UnitRef;
  period: ReportPeriodView;
  /** The submission time; before it the date is left to be filled in, as on a paper form. */
  submittedAt: string | null;
}

/** Decree 30/2020: days below 10 and the months January and February take a leading zero. */
function dateParts(timestamp: string): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(timestamp));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const day = get('day');
  const month = get('month');
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month < 3 ? `0${month}` : String(month),
    year: String(get('year')),
  };
}

const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');

/**
 * The report's heading in the administrative style of Decree 30/2020/NĐ-CP: the issuing body
 * and number on the left, the national name and motto, place and date on
 * the right, then the document's kind and title. It is always Vietnamese, like the document.
 */
export function ReportHeaderPreview({ unit, period, submittedAt }: ReportHeaderPreviewProps) {
  const { t } = useTranslation();
  const date = submittedAt
    ? dateParts(submittedAt)
    : { day: '……', month: '……', year: String(period.year) };
  return (
    <div className="report-document-header" data-testid="report-header">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between' }}>
        <div style={{ textAlign: 'center', flex: '1 1 240px' }}>
          <div style={{ fontWeight: 700, textDecoration: 'underline' }}>{upper(unit.name)}</div>
          <div style={{ marginTop: 8 }}>{t('reports.document.number', { code: unit.code })}</div>
        </div>
        <div style={{ textAlign: 'center', flex: '1 1 300px' }}>
          <div style={{ fontWeight: 700 }}>{t('reports.document.nationalName')}</div>
          <div style={{ fontWeight: 700, textDecoration: 'underline' }}>
            {t('reports.document.motto')}
          </div>
          <div style={{ marginTop: 8, fontStyle: 'italic' }}>
            {t('reports.document.placeDate', date)}
          </div>
        </div>
      </div>
      <div style={{ textAlign: 'center', marginTop: 24 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reports.document.kind')}
        </Typography.Title>
        <div style={{ fontWeight: 700 }}>
          {t('reports.document.title', { period: period.title })}
        </div>
      </div>
    </div>
  );
}
