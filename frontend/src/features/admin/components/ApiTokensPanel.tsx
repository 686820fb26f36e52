import { Alert, Button, Checkbox, Form, Input, InputNumber, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { QueryState } from '@/components/QueryState';
import { ApiError } from '@/lib/problem';
import { formatDateTime } from '@/lib/dates';
import { useApiTokens } from '../api/list-api-tokens';
import { useCreateApiToken, type ApiTokenCreate } from '../api/create-api-token';
import { useRevokeApiToken } from '../api/revoke-api-token';

type ApiToken = components['schemas']['ApiToken'];

/** Personal API tokens for other systems: a subset of one's own roles, shown once at creation, revocable at once. */
export function ApiTokensPanel({ roles }: { roles: string[] }) {
  const { t, i18n } = useTranslation();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [form] = Form.useForm<ApiTokenCreate>();
  const [secret, setSecret] = useState<string>();
  const submit = async (values: ApiTokenCreate) => {
    try {
      const created = await create.mutateAsync(values);
      setSecret(created.secret);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors() as Parameters<typeof form.setFields>[0]);
    }
  };
  const when = (v?: string) => (v ? formatDateTime(v, i18n.language) : '—');
  return (
    <>
      {secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(undefined)}
          style={{ marginBottom: 16 }}
          message={t('admin.tokenCreated')}
          description={
            <Typography.Text code copyable data-testid="token-secret">
              {secret}
            </Typography.Text>
          }
        />
      )}
      <Form
        form={form}
        layout="inline"
        name="token"
        onFinish={submit}
        initialValues={{ expiresInDays: 90 }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="name" label={t('admin.tokenName')} rules={[{ required: true, message: t('access.required') }]}>
          <Input placeholder={t('admin.tokenNameHint')} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')}>
          <Checkbox.Group options={roles.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('admin.days')}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('admin.createToken')}
        </Button>
      </Form>
      {create.error && !(create.error instanceof ApiError && create.error.fieldErrors().length) && (
        <Alert type="error" showIcon message={create.error.message} style={{ marginBottom: 12 }} />
      )}
      <QueryState loading={tokens.isLoading} error={tokens.error}>
        <Table<ApiToken>
          rowKey="id"
          size="small"
          dataSource={tokens.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('admin.tokenName'), dataIndex: 'name' },
            { title: t('admin.prefix'), render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text> },
            { title: t('admin.roles'), render: (_, k) => (k.roles ?? []).map((r) => <Tag key={r}>{t(`admin.role.${r}`)}</Tag>) },
            { title: t('admin.unit'), render: (_, k) => k.unit?.name },
            { title: t('admin.expires'), render: (_, k) => when(k.expiresAt) },
            { title: t('admin.lastUsed'), render: (_, k) => when(k.lastUsedAt) },
            {
              title: '',
              render: (_, k) =>
                k.revokedAt ? (
                  <Tag>{t('admin.revoked')}</Tag>
                ) : (
                  <Popconfirm
                    title={t('admin.revokeConfirm')}
                    okText={t('admin.revoke')}
                    cancelText={t('admin.cancel')}
                    onConfirm={() => revoke.mutateAsync(k.id!)}
                  >
                    <Button size="small" danger>
                      {t('admin.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </QueryState>
    </>
  );
}
