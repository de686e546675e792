import { ROLES, Role, type AccountView } from '@loa/contracts';
import {
  App,
  Button,
  Divider,
  Flex,
  Form,
  List,
  Modal,
  Popconfirm,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleTag } from '../../../components/ui/role-tag';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { useAddGrant, useRevokeGrant } from '../api/account-mutations';

interface AddGrantValues {
  role: Role;
  unitCode: string;
}

/** The roles an account holds, each at a unit; add one (role + unit) or revoke one. */
export function GrantsModal({
  account,
  onClose,
}: {
  account: AccountView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddGrantValues>();
  const add = useAddGrant();
  const revoke = useRevokeGrant();

  return (
    <Modal
      open={!!account}
      title={t('accounts.grantsFor', { name: account?.displayName ?? '' })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={revoke.error} />
      <List
        size="small"
        dataSource={account?.grants ?? []}
        locale={{ emptyText: t('accounts.noGrants') }}
        renderItem={(grant) => (
          <List.Item
            actions={[
              <Popconfirm
                key="revoke"
                title={t('accounts.revokeConfirm')}
                okText={t('accounts.revoke')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  account &&
                  revoke
                    .mutateAsync({ id: account.id, grantId: grant.id })
                    .then(() => void message.success(t('accounts.revoked')))
                }
              >
                <Button size="small" danger>
                  {t('accounts.revoke')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Flex gap={4} wrap align="center">
              <RoleTag role={grant.role} />
              <Typography.Text>{grant.unit.name}</Typography.Text>
              <Typography.Text type="secondary">({grant.unit.code})</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Divider orientation="left" plain>
        {t('accounts.addGrant')}
      </Divider>
      <ErrorAlert error={add.error} />
      <Form<AddGrantValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          account &&
          add.mutate(
            { id: account.id, ...values },
            {
              onSuccess: () => {
                void message.success(t('accounts.granted'));
                form.resetFields();
              },
            },
          )
        }
      >
        <Form.Item
          name="role"
          label={t('accounts.role')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select<Role>
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('accounts.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitSearchSelect />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('accounts.addGrant')}
        </Button>
      </Form>
    </Modal>
  );
}
