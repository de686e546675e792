import type { ImportResult } from '@loa/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

const COUNTS = [
  { key: 'created', colour: '#389e0d' },
  { key: 'updated', colour: '#1677ff' },
  { key: 'ended', colour: '#d46b08' },
  { key: 'unchanged', colour: '#8c8c8c' },
] as const;

/** Thêm mới / Cập nhật / Kết thúc / Không đổi. */
export function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {COUNTS.map(({ key, colour }) => (
        <Col xs={12} md={6} key={key}>
          <Card size="small">
            <Statistic
              title={t(`imports.counts.${key}`)}
              value={result[key]}
              valueStyle={{ color: colour }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
