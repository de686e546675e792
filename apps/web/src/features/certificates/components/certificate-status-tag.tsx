import type { CertificateSource, CertificateStatus } from '@loa/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<CertificateStatus, string> = {
  valid: 'green',
  expired: 'orange',
  revoked: 'red',
  replaced: 'default',
  pending: 'blue',
};

/** Còn hiệu lực / Hết hạn / Đã thu hồi / Đã thay thế / Chờ duyệt. */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]}>{t(`certificates.status.${status}`)}</Tag>;
}

/** Loa / Bên ngoài. */
export function CertificateSourceTag({ source }: { source: CertificateSource }) {
  const { t } = useTranslation();
  return (
    <Tag color={source === 'loa' ? 'geekblue' : 'default'} bordered={false}>
      {t(`certificates.source.${source}`)}
    </Tag>
  );
}
