import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { useSignOut } from '../api/sign-out';

type SessionUser = components['schemas']['SessionUser'];

/** The signed-in cadre (name, unit) and the sign-out button, in the header. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Space size="small" className="user-menu">
      <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
        {user.fullName} <span className="app-subtitle">· {user.unit?.name}</span>
      </Typography.Text>
      <Button size="small" onClick={() => signOut.mutate()} loading={signOut.isPending}>{t('access.signOut')}</Button>
    </Space>
  );
}
