import type { PersonDetail } from '@loa/contracts';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CreateLoginButton } from './create-login-button';

/** Personal details and the login account, if any. */
export function PersonDetailsCard({
  person,
  canManage,
}: {
  person: PersonDetail;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card title={t('people.details')} size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        column={{ xs: 1, sm: 2, lg: 3 }}
        size="small"
        items={[
          { key: 'code', label: t('people.staffCode'), children: person.staffCode },
          { key: 'name', label: t('people.fullName'), children: person.fullName },
          { key: 'dob', label: t('people.dateOfBirth'), children: formatDate(person.dateOfBirth) },
          {
            key: 'gender',
            label: t('people.gender'),
            children: person.gender ? t(`people.genders.${person.gender}`) : dash,
          },
          { key: 'email', label: t('people.email'), children: person.email || dash },
          { key: 'phone', label: t('people.phone'), children: person.phone || dash },
          {
            key: 'account',
            label: t('people.account'),
            children: person.account ? (
              <Space size={4} wrap>
                <Typography.Text code>{person.account.username}</Typography.Text>
                <Tag color={person.account.status === 'active' ? 'green' : 'default'}>
                  {t(`accounts.status.${person.account.status}`)}
                </Tag>
              </Space>
            ) : canManage ? (
              <CreateLoginButton staffCode={person.staffCode} />
            ) : (
              <Typography.Text type="secondary">{t('people.noAccount')}</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
