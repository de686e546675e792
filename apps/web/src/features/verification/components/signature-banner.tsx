import {
  CloseCircleFilled,
  ExclamationCircleFilled,
  SafetyCertificateFilled,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { PayloadCheckResult } from '../hooks/use-payload-check';

/** Whether the signed content is exactly what the department signed, checked in this browser. */
export function SignatureBanner({ result }: { result: PayloadCheckResult }) {
  const { t } = useTranslation();
  const problem = result.offline && !result.offline.valid ? result.offline.problem : null;
  const state =
    problem === 'malformed'
      ? 'malformed'
      : result.signatureValid === true
        ? 'valid'
        : result.signatureValid === false
          ? 'invalid'
          : 'unchecked';
  const look = {
    valid: { colour: '#237804', background: '#f6ffed', icon: <SafetyCertificateFilled /> },
    invalid: { colour: '#a8071a', background: '#fff1f0', icon: <CloseCircleFilled /> },
    malformed: { colour: '#a8071a', background: '#fff1f0', icon: <CloseCircleFilled /> },
    unchecked: { colour: '#ad4e00', background: '#fff7e6', icon: <ExclamationCircleFilled /> },
  }[state];
  const how = result.offline?.valid
    ? result.keys?.fromCache
      ? t('verify.signature.checkedOfflineCached', {
          date: formatDateTime(result.keys.fetchedAt),
        })
      : t('verify.signature.checkedOffline')
    : result.signatureValid === true
      ? t('verify.signature.checkedByServer')
      : null;
  const detail =
    state === 'invalid' && problem && problem !== 'bad_signature'
      ? t(`verify.signature.problems.${problem}`)
      : null;
  return (
    <Flex
      role="status"
      data-testid="signature-status"
      align="center"
      gap={16}
      style={{
        background: look.background,
        border: `1px solid ${look.colour}`,
        borderRadius: 8,
        padding: '16px 20px',
        marginBottom: 16,
      }}
    >
      <span style={{ fontSize: 44, color: look.colour, lineHeight: 1 }} aria-hidden>
        {look.icon}
      </span>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0, color: look.colour }}>
          {t(`verify.signature.${state}`)}
        </Typography.Title>
        {detail ? <Typography.Text style={{ color: look.colour }}>{detail}</Typography.Text> : null}
        {how ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {how}
          </Typography.Text>
        ) : null}
      </div>
    </Flex>
  );
}
