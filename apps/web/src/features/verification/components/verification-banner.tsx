import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import type { CertificateVerification, VerificationStatus } from '@loa/contracts';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';

const LOOK: Record<VerificationStatus, { colour: string; background: string; icon: ReactNode }> = {
  valid: { colour: '#237804', background: '#f6ffed', icon: <CheckCircleFilled /> },
  expired: { colour: '#ad4e00', background: '#fff7e6', icon: <ExclamationCircleFilled /> },
  revoked: { colour: '#a8071a', background: '#fff1f0', icon: <CloseCircleFilled /> },
  not_found: { colour: '#595959', background: '#fafafa', icon: <QuestionCircleFilled /> },
};

/** The answer in one glance: a coloured band with a big icon and one sentence. */
export function VerificationBanner({ answer }: { answer: CertificateVerification }) {
  const { t } = useTranslation();
  const look = LOOK[answer.status];
  const detail =
    answer.status === 'expired'
      ? t('verify.expiredOn', { date: formatDate(answer.expiresOn) })
      : answer.status === 'revoked'
        ? answer.replacedBy
          ? t('verify.replacedBy', { number: answer.replacedBy })
          : t('verify.revokedOn', { date: formatDate(answer.revokedOn) })
        : answer.status === 'valid'
          ? answer.expiresOn
            ? t('verify.validUntil', { date: formatDate(answer.expiresOn) })
            : t('verify.validForever')
          : t('verify.notFoundHelp');
  return (
    <Flex
      role="status"
      data-testid="verification-status"
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
        <Typography.Title level={3} style={{ margin: 0, color: look.colour }}>
          {t(`verify.status.${answer.status}`)}
        </Typography.Title>
        <Typography.Text style={{ color: look.colour }}>{detail}</Typography.Text>
        {answer.status === 'revoked' && answer.reason ? (
          <div>
            <Typography.Text style={{ color: look.colour }}>
              {t('verify.reason', { reason: answer.reason })}
            </Typography.Text>
          </div>
        ) : null}
      </div>
    </Flex>
  );
}
