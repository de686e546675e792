import { LockOutlined, MoreOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { AccountView, UpdateAccountRequest } from '@loa/contracts';
import { App, Button, Dropdown, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { RoleTag } from '../../../components/ui/role-tag';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/dates';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAccounts } from '../api/accounts';
import { useUpdateAccount } from '../api/account-mutations';
import { CreateAccountModal } from './create-account-modal';
import { GrantsModal } from './grants-modal';
import { ResetPasswordModal } from './reset-password-modal';

const isLocked = (account: AccountView) =>
  !!account.lockedUntil && new Date(account.lockedUntil).getTime() > Date.now();

/** Accounts with search and paging; create, enable/disable, unlock, reset password, grants. */
export function AccountsTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useDebouncedValue(text.trim(), 350);
  const accounts = useAccounts({ q, page, pageSize });
  const update = useUpdateAccount();
  const [creating, setCreating] = useState(false);
  const [grantsFor, setGrantsFor] = useState<string | null>(null);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const items = accounts.data?.items ?? [];
  const grantsAccount = items.find((account) => account.id === grantsFor) ?? null;

  const change = (
    account: AccountView,
    body: Pick<UpdateAccountRequest, 'status' | 'unlock'>,
    done: string,
  ) =>
    update.mutate(
      { id: account.id, ...body },
      {
        onSuccess: () => void message.success(done),
        onError: (error) =>
          void message.error(isApiError(error) ? error.message : t('errors.generic')),
      },
    );

  const columns: ColumnsType<AccountView> = [
    {
      title: t('accounts.username'),
      key: 'username',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{a.username}</Typography.Text>
          <Typography.Text type="secondary">{a.displayName}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('accounts.staffCode'),
      key: 'staffCode',
      width: 130,
      render: (_, a) =>
        a.staffCode ? (
          <Link to={`/people/${encodeURIComponent(a.staffCode)}`}>{a.staffCode}</Link>
        ) : (
          ''
        ),
    },
    {
      title: t('accounts.statusLabel'),
      key: 'status',
      width: 150,
      render: (_, a) => (
        <Space size={4} wrap>
          <Tag color={a.status === 'active' ? 'green' : 'default'}>
            {t(`accounts.status.${a.status}`)}
          </Tag>
          {isLocked(a) ? (
            <Tag color="red" icon={<LockOutlined />}>
              {t('accounts.lockedUntil', { time: formatDateTime(a.lockedUntil) })}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('accounts.grants'),
      key: 'grants',
      render: (_, a) => (
        <Space size={[0, 4]} wrap>
          {a.grants.map((grant) => (
            <span key={grant.id}>
              <RoleTag role={grant.role} />
              <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 8 }}>
                {grant.unit.name}
              </Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t('accounts.createdAt'),
      key: 'createdAt',
      width: 150,
      render: (_, a) => formatDateTime(a.createdAt),
    },
    {
      title: '',
      key: 'actions',
      width: 60,
      fixed: 'right',
      render: (_, a) => (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'grants',
                label: t('accounts.manageGrants'),
                onClick: () => setGrantsFor(a.id),
              },
              {
                key: 'password',
                label: t('accounts.resetPassword'),
                onClick: () => setResetting(a),
              },
              ...(isLocked(a)
                ? [
                    {
                      key: 'unlock',
                      label: t('accounts.unlock'),
                      onClick: () => change(a, { unlock: true }, t('accounts.unlocked')),
                    },
                  ]
                : []),
              a.status === 'active'
                ? {
                    key: 'disable',
                    danger: true,
                    label: t('accounts.disable'),
                    onClick: () => change(a, { status: 'disabled' }, t('accounts.disabled')),
                  }
                : {
                    key: 'enable',
                    label: t('accounts.enable'),
                    onClick: () => change(a, { status: 'active' }, t('accounts.enabled')),
                  },
            ],
          }}
        >
          <Button icon={<MoreOutlined />} aria-label={t('common.actions')} />
        </Dropdown>
      ),
    },
  ];

  return (
    <>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('accounts.searchPlaceholder')}
          aria-label={t('accounts.searchPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </Button>
      </Flex>
      {accounts.isError ? <ErrorAlert error={accounts.error} /> : null}
      <Table<AccountView>
        rowKey="id"
        loading={accounts.isFetching}
        columns={columns}
        dataSource={items}
        scroll={{ x: 980 }}
        pagination={{
          current: page,
          pageSize,
          total: accounts.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('accounts.total', { count: total }),
          onChange: (nextPage, nextSize) => {
            setPage(nextSize !== pageSize ? 1 : nextPage);
            setPageSize(nextSize);
          },
        }}
      />
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      <GrantsModal account={grantsAccount} onClose={() => setGrantsFor(null)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
