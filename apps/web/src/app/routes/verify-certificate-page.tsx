import { Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../../components/language-switch';
import { NumberLookupForm } from '../../features/verification/components/number-lookup-form';
import { QrCheckPanel } from '../../features/verification/components/qr-check-panel';
import { VerificationByNumber } from '../../features/verification/components/verification-by-number';
import { Brand } from '../layout/brand';

/** The payload a certificate's QR address carries in its fragment (never sent to a server). */
function payloadInFragment(hash: string): string | undefined {
  if (hash.length <= 1) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Public: anyone checks a certificate without logging in — by its number (the register's
 * answer today) or by its QR code (the signature, checked in the browser, then the live status).
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { number } = useParams();
  const { hash } = useLocation();
  const fragmentPayload = payloadInFragment(hash);
  const [tab, setTab] = useState(fragmentPayload ? 'qr' : 'number');
  const asked = number?.normalize('NFC').trim() || null;

  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '12px 12px 24px',
        background: 'linear-gradient(180deg, #e8f1fb 0%, #f5f7fa 60%)',
      }}
    >
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 760 }}>
        <Link to="/xac-minh" aria-label={t('verify.home')}>
          <Brand withTagline />
        </Link>
        <LanguageSwitch size="small" />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 760, marginTop: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('verify.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'number',
              label: t('verify.byNumber'),
              children: (
                <>
                  <NumberLookupForm
                    number={asked}
                    onLookup={(value) => navigate(`/xac-minh/${encodeURIComponent(value)}`)}
                  />
                  {asked ? <VerificationByNumber number={asked} /> : null}
                </>
              ),
            },
            {
              key: 'qr',
              label: t('verify.byQr'),
              children: <QrCheckPanel initialPayload={fragmentPayload} />,
            },
          ]}
        />
      </Card>
      <Typography.Text
        type="secondary"
        style={{ marginTop: 16, fontSize: 12, textAlign: 'center', maxWidth: 760 }}
      >
        {t('verify.footer')}
      </Typography.Text>
    </Flex>
  );
}
