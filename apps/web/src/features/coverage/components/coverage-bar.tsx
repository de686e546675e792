import type { CoverageStatus } from '@loa/contracts';
import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, statusStroke } from './coverage-format';

interface CoverageBarProps {
  coverage: number | null;
  threshold: number;
  status: CoverageStatus;
  /** Taller bar for the headline. */
  size?: 'small' | 'large';
}

/** A horizontal bar of coverage with the threshold marked as a vertical line across it. */
export function CoverageBar({ coverage, threshold, status, size = 'small' }: CoverageBarProps) {
  const { t, i18n } = useTranslation();
  const height = size === 'large' ? 16 : 10;
  return (
    <div style={{ position: 'relative', minWidth: 80 }}>
      <Progress
        percent={Math.round((coverage ?? 0) * 1000) / 10}
        showInfo={false}
        size={{ height }}
        strokeColor={statusStroke(status)}
        aria-label={formatPercent(coverage, i18n.language)}
      />
      <Tooltip
        title={t('coverage.thresholdMark', { value: formatPercent(threshold, i18n.language) })}
      >
        <span
          data-testid="threshold-mark"
          style={{
            position: 'absolute',
            left: `${threshold * 100}%`,
            top: '50%',
            transform: 'translate(-1px, -50%)',
            width: 2,
            height: height + 8,
            background: '#262626',
          }}
        />
      </Tooltip>
    </div>
  );
}
