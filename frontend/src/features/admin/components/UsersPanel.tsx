import { Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { formatDateTime } from '@/lib/dates';
import { useUsers } from '../api/list-users';
import { UserFormModal } from './UserFormModal';

type User = components['schemas']['User'];

/**
 * Accounts within the administrator's scope — their unit and every unit below it (the API limits the list to the
 * scope): search, create, edit roles and unit, deactivate.
 */
export function UsersPanel({ isAdmin }: { isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<User | 'new'>();
  const users = useUsers({ q, page });
  // Only an ADMIN grants ADMIN (the API refuses it otherwise; the form says so first).
  const grantable = isAdmin ? ['VIEWER', 'EDITOR', 'APPROVER', 'UNIT_ADMIN', 'ADMIN'] : ['VIEWER', 'EDITOR', 'APPROVER', 'UNIT_ADMIN'];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('admin.searchUsers')}
          aria-label={t('admin.searchUsers')}
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v);
            setPage(0);
          }}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('admin.newUser')}
        </Button>
      </Space>
      <QueryState loading={users.isLoading} error={users.error}>
        <Table<User>
          rowKey="id"
          size="small"
          dataSource={users.data?.items ?? []}
          scroll={{ x: true }}
          pagination={{
            current: page + 1,
            pageSize: 20,
            total: users.data?.total ?? 0,
            onChange: (p) => setPage(p - 1),
            showSizeChanger: false,
          }}
          columns={[
            { title: t('access.username'), dataIndex: 'username' },
            { title: t('admin.fullName'), dataIndex: 'fullName' },
            { title: t('admin.unit'), render: (_, u) => u.unit?.name },
            { title: t('admin.roles'), render: (_, u) => (u.roles ?? []).map((r) => <Tag key={r}>{t(`admin.role.${r}`)}</Tag>) },
            {
              title: t('admin.status'),
              render: (_, u) =>
                u.active ? (
                  <StatusTag colour="green">{t('admin.active')}</StatusTag>
                ) : (
                  <StatusTag colour="default">{t('admin.inactive')}</StatusTag>
                ),
            },
            { title: t('admin.lastLogin'), render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : '—') },
            {
              title: '',
              render: (_, u) => (
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('admin.edit')}
                </Button>
              ),
            },
          ]}
        />
      </QueryState>
      <UserFormModal
        open={!!editing}
        user={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
        grantable={grantable}
      />
    </>
  );
}
