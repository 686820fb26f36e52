import { Button, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { useSignOut } from '../api/sign-out';

type SessionUser = components['schemas']['SessionUser'];

// Rarely used: its form code loads when the dialog opens, not with every screen.
const ChangePasswordModal = lazy(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

/** The signed-in cadre (name, unit), changing one's password and signing out, in the header. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [changing, setChanging] = useState(false);
  return (
    <Space size="small" className="user-menu" wrap>
      <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
        {user.fullName} <span className="app-subtitle">· {user.unit?.name}</span>
      </Typography.Text>
      {!user.mustChangePassword && user.via === 'SESSION' && (
        <Button size="small" onClick={() => setChanging(true)}>
          {t('access.changePassword')}
        </Button>
      )}
      <Button size="small" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t('access.signOut')}
      </Button>
      {changing && (
        <Suspense fallback={null}>
          <ChangePasswordModal onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </Space>
  );
}
