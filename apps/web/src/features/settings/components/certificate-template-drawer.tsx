import { Button, Drawer, Form, Input, Spin, Typography } from 'antd';
import type { CertificateTemplateView, ProgrammeView } from '@loa/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCertificateTemplate, useReplaceCertificateTemplate } from '../api/reference-api';

const FIELDS: (keyof CertificateTemplateView)[] = [
  'parentBody',
  'issuingBody',
  'documentTitle',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'place',
];

/** The printed fields of a programme's certificates; existing certificates keep theirs. */
export function CertificateTemplateDrawer({
  programme,
  onClose,
}: {
  programme: ProgrammeView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const template = useCertificateTemplate(programme.code);
  const replace = useReplaceCertificateTemplate(programme.code);
  return (
    <Drawer
      open
      width={560}
      title={t('settings.template.title', { code: programme.code })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('settings.template.help')}</Typography.Paragraph>
      <ErrorAlert error={template.error ?? replace.error} />
      {template.data ? (
        <Form<CertificateTemplateView>
          layout="vertical"
          initialValues={template.data}
          onFinish={(values) => replace.mutate(values, { onSuccess: onClose })}
        >
          {FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`settings.template.fields.${field}`)}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={field.startsWith('signer') || field === 'place' ? 100 : 200} />
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={replace.isPending}>
            {t('settings.save')}
          </Button>
        </Form>
      ) : (
        <Spin />
      )}
    </Drawer>
  );
}
