import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayloadCheckResult } from '../hooks/use-payload-check';
import { CertificateContent } from './certificate-content';
import { SignatureBanner } from './signature-banner';
import { VerificationBanner } from './verification-banner';
import { verificationErrorMessage } from './verification-error';

const maskBirthDate = (iso: string): string => `**/**/${iso.slice(0, 4)}`;

/**
 * The signature first (checked offline); then, for a genuine certificate, its live status from
 * the register. A forged one shows what it claims, marked as not confirmed, and no status.
 */
export function PayloadCheckResultView({ result }: { result: PayloadCheckResult }) {
  const { t } = useTranslation();
  const { claims, online } = result;
  const genuine = result.signatureValid === true;
  return (
    <div aria-live="polite">
      <SignatureBanner result={result} />
      {!claims && result.onlineError ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={verificationErrorMessage(result.onlineError, t)}
        />
      ) : null}
      {genuine && online && online.status !== 'not_found' ? (
        <>
          <VerificationBanner answer={online} />
          <CertificateContent
            fields={{
              number: online.number,
              holderName: online.holder?.name,
              birthDateMasked: online.holder?.birthDateMasked,
              unit: online.unit,
              programme: online.programme,
              issuedOn: online.issuedOn,
              expiresOn: online.expiresOn ?? null,
              revokedOn: online.revokedOn,
              reason: online.reason,
            }}
          />
        </>
      ) : null}
      {genuine && online?.status === 'not_found' ? <VerificationBanner answer={online} /> : null}
      {(!genuine || !online) && claims ? (
        <>
          {result.onlineError && result.signatureValid !== false ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('verify.liveStatusUnavailable')}
              description={verificationErrorMessage(result.onlineError, t)}
            />
          ) : null}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {genuine ? t('verify.signedContent') : t('verify.unconfirmedContent')}
          </Typography.Paragraph>
          <CertificateContent
            fields={{
              number: claims.number,
              holderName: claims.holderName,
              birthDateMasked: maskBirthDate(claims.holderDateOfBirth),
              programme: claims.programmeCode,
              issuedOn: claims.issuedOn,
              expiresOn: claims.expiresOn,
            }}
          />
        </>
      ) : null}
    </div>
  );
}
