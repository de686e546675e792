import { SoundFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Loa ("loudspeaker"): the product's mark. */
export function Brand({
  inverted = false,
  withTagline = false,
}: {
  inverted?: boolean;
  withTagline?: boolean;
}) {
  const { t } = useTranslation();
  const colour = inverted ? '#fff' : '#0b5cad';
  return (
    <Flex align="center" gap={10}>
      <SoundFilled style={{ fontSize: 26, color: colour }} aria-hidden />
      <div style={{ lineHeight: 1.15 }}>
        <Typography.Text strong style={{ fontSize: 20, color: colour }}>
          Loa
        </Typography.Text>
        {withTagline ? (
          <div>
            <Typography.Text
              style={{ fontSize: 12, color: inverted ? 'rgba(255,255,255,0.75)' : undefined }}
              type={inverted ? undefined : 'secondary'}
            >
              {t('app.tagline')}
            </Typography.Text>
          </div>
        ) : null}
      </div>
    </Flex>
  );
}
