import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';

export interface CertificateContentFields {
  number?: string;
  holderName?: string;
  birthDateMasked?: string;
  unit?: string;
  programme?: string;
  issuedOn?: string;
  expiresOn?: string | null;
  revokedOn?: string;
  reason?: string;
}

/** What the certificate says; the date of birth is masked and nothing else about the person shown. */
export function CertificateContent({ fields }: { fields: CertificateContentFields }) {
  const { t } = useTranslation();
  const items = [
    { key: 'number', label: t('verify.fields.number'), children: fields.number },
    { key: 'holder', label: t('verify.fields.holder'), children: fields.holderName },
    { key: 'dob', label: t('verify.fields.dateOfBirth'), children: fields.birthDateMasked },
    { key: 'unit', label: t('verify.fields.unit'), children: fields.unit },
    { key: 'programme', label: t('verify.fields.programme'), children: fields.programme },
    { key: 'issued', label: t('verify.fields.issuedOn'), children: formatDate(fields.issuedOn) },
    {
      key: 'expires',
      label: t('verify.fields.expiresOn'),
      children:
        fields.expiresOn === undefined
          ? undefined
          : fields.expiresOn
            ? formatDate(fields.expiresOn)
            : t('verify.noExpiry'),
    },
    { key: 'revoked', label: t('verify.fields.revokedOn'), children: formatDate(fields.revokedOn) },
    { key: 'reason', label: t('verify.fields.reason'), children: fields.reason },
  ].filter((item) => item.children);
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={items}
      styles={{ label: { width: '38%' } }}
      data-testid="certificate-content"
    />
  );
}
