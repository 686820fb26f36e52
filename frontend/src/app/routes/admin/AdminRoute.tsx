import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSession } from '@/features/access/api/get-session';
import { ApiTokensPanel } from '@/features/admin/components/ApiTokensPanel';
import { AuditLogPanel } from '@/features/admin/components/AuditLogPanel';
import { UsersPanel } from '@/features/admin/components/UsersPanel';

/** Administration: accounts and the audit log for unit administrators; everyone's own API tokens. */
export function AdminRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const roles = session.data?.roles ?? [];
  const isAdmin = roles.includes('ADMIN');
  const administers = isAdmin || roles.includes('UNIT_ADMIN');
  const unitId = session.data?.unit?.id;
  const tabs = [
    ...(administers ? [{ key: 'users', label: t('admin.users'), children: <UsersPanel isAdmin={isAdmin} /> }] : []),
    { key: 'tokens', label: t('admin.tokens'), children: <ApiTokensPanel roles={roles} /> },
    ...(administers ? [{ key: 'audit', label: t('admin.audit'), children: <AuditLogPanel unitId={unitId} /> }] : []),
  ];
  const active = tabs.find((x) => x.key === params.get('tab'))?.key ?? tabs[0]?.key ?? 'tokens';
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.admin')}
      </Typography.Title>
      <QueryState loading={session.isLoading} error={session.error}>
        <Tabs activeKey={active} items={tabs} onChange={(k) => setParams({ tab: k }, { replace: true })} destroyOnHidden />
      </QueryState>
    </>
  );
}
