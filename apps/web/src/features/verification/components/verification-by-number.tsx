import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVerification } from '../api/verification';
import { CertificateContent } from './certificate-content';
import { VerificationBanner } from './verification-banner';
import { verificationErrorMessage } from './verification-error';

/** The public answer for one certificate number, as the register knows it today. */
export function VerificationByNumber({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useVerification(number);
  if (isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (error) {
    return <Alert type="warning" showIcon message={verificationErrorMessage(error, t)} />;
  }
  return (
    <div aria-live="polite">
      <VerificationBanner answer={data} />
      {data.status === 'not_found' ? null : (
        <CertificateContent
          fields={{
            number: data.number,
            holderName: data.holder?.name,
            birthDateMasked: data.holder?.birthDateMasked,
            unit: data.unit,
            programme: data.programme,
            issuedOn: data.issuedOn,
            expiresOn: data.issuedOn ? (data.expiresOn ?? null) : undefined,
            revokedOn: data.revokedOn,
            reason: data.reason,
          }}
        />
      )}
    </div>
  );
}
