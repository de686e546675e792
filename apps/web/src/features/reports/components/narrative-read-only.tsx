import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportNarrative } from '@loa/contracts';
import { NARRATIVE_SECTIONS, ROMAN } from './narrative-form';

/** The narrative of a submitted report, as it was frozen. */
export function NarrativeReadOnly({ narrative }: { narrative: ReportNarrative }) {
  const { t } = useTranslation();
  return (
    <Card title={t('reports.narrative.heading')}>
      {NARRATIVE_SECTIONS.map((section, index) => (
        <div key={section} style={{ marginBottom: 16 }}>
          <Typography.Title
            level={5}
          >{`${ROMAN[index]}. ${t(`reports.narrative.${section}`)}`}</Typography.Title>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap' }}
            data-testid={`narrative-${section}`}
          >
            {narrative[section] || t('reports.narrative.empty')}
          </Typography.Paragraph>
        </div>
      ))}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('reports.narrative.signerTitle')}>
          {narrative.signerTitle}
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.narrative.signerName')}>
          {narrative.signerName}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
