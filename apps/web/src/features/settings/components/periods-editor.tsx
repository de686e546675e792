import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';

export interface PeriodRow {
  startsOn: string | null;
  endsOn: string | null;
  /** Percent, 0..100. */
  percent: number | null;
}

interface PeriodsEditorProps {
  value: PeriodRow[];
  onChange: (rows: PeriodRow[]) => void;
}

/** Rows of date range + threshold %, added and removed freely; checked on save. */
export function PeriodsEditor({ value, onChange }: PeriodsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<PeriodRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((row, index) => (
        <Space key={index} wrap data-testid="period-row">
          <DatePicker.RangePicker
            format={DISPLAY_DATE_FORMAT}
            value={[toDayjs(row.startsOn), toDayjs(row.endsOn)]}
            onChange={(range) =>
              update(index, { startsOn: fromDayjs(range?.[0]), endsOn: fromDayjs(range?.[1]) })
            }
            placeholder={[t('settings.periods.startsOn'), t('settings.periods.endsOn')]}
          />
          <InputNumber
            aria-label={t('settings.periods.threshold')}
            min={0}
            max={100}
            step={1}
            addonAfter="%"
            value={row.percent}
            onChange={(percent) => update(index, { percent })}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('settings.periods.remove')}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          />
        </Space>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...value, { startsOn: null, endsOn: null, percent: null }])}
      >
        {t('settings.periods.add')}
      </Button>
    </Space>
  );
}
