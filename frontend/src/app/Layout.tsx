import { Layout as AntLayout, Menu, Segmented, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/lib/i18n';
import { onSignedOut } from '@/lib/api-client';
import { useSession } from '@/features/access/api/get-session';
import { UserMenu } from '@/features/access/components/UserMenu';

// Signed-in cadres never need the sign-in screen's code: it loads on its own.
const SignInForm = lazy(() => import('@/features/access/components/SignInForm').then((m) => ({ default: m.SignInForm })));
// Likewise signing in again over a screen whose session expired, and the screen of a password someone else set.
const SessionExpiredDialog = lazy(() =>
  import('@/features/access/components/SessionExpiredDialog').then((m) => ({ default: m.SessionExpiredDialog })),
);
const PasswordChangeRequired = lazy(() =>
  import('@/features/access/components/PasswordChangeRequired').then((m) => ({ default: m.PasswordChangeRequired })),
);

const SECTIONS = [
  'home',
  'units',
  'entry',
  'targets',
  'reports',
  'activities',
  'achievement',
  'indicators',
  'programmes',
  'admin',
] as const;

/** Header with the union's name and the language switch; a menu of sections; the screen below. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const current = SECTIONS.find((s) => s !== 'home' && location.pathname.startsWith('/' + s)) ?? 'home';
  const session = useSession();
  const client = useQueryClient();
  // The account signed in on this page. When its session expires mid-work, the screen stays (with what was typed)
  // and signing in again happens over it; someone else signing in starts afresh.
  const [known, setKnown] = useState(session.data);
  const [replaced, setReplaced] = useState(false);
  if (session.data && session.data !== known) {
    if (known && session.data.id !== known.id) setReplaced(true);
    setKnown(session.data);
  }
  useEffect(() => {
    if (replaced) window.location.assign('/');
  }, [replaced]);
  const user = session.data ?? known;
  // Any 401 (session expired, signed out elsewhere) brings back the sign-in screen, on the same address.
  useEffect(() => onSignedOut(() => void client.resetQueries({ queryKey: ['session'] })), [client]);
  const language = (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(lng) => setLanguage(lng)}
    />
  );
  if (session.isLoading && !known) {
    return null;
  }
  if (!user) {
    return (
      <>
        <div style={{ position: 'absolute', right: 16, top: 16 }}>{language}</div>
        <Suspense fallback={null}>
          <SignInForm />
        </Suspense>
      </>
    );
  }
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header className="app-header">
        <Link to="/" className="app-brand">
          <Typography.Text strong style={{ color: '#fff' }}>
            {t('app.title')}
          </Typography.Text>
          <span className="app-subtitle"> — {t('app.subtitle')}</span>
        </Link>
        <Space>
          <UserMenu user={user} />
          {language}
        </Space>
      </AntLayout.Header>
      {!session.data && !session.isLoading && (
        <Suspense fallback={null}>
          <SessionExpiredDialog user={{ id: user.id!, username: user.username! }} />
        </Suspense>
      )}
      {user.mustChangePassword ? (
        <AntLayout.Content className="app-content">
          <Suspense fallback={null}>
            <PasswordChangeRequired />
          </Suspense>
        </AntLayout.Content>
      ) : (
        <>
          <nav aria-label={t('app.subtitle')}>
            <Menu
              mode="horizontal"
              selectedKeys={[current]}
              items={SECTIONS.map((s) => ({ key: s, label: <Link to={s === 'home' ? '/' : '/' + s}>{t(`nav.${s}`)}</Link> }))}
            />
          </nav>
          <AntLayout.Content className="app-content">
            <Outlet />
          </AntLayout.Content>
        </>
      )}
      <AntLayout.Footer className="app-footer">
        <a href="/q/swagger-ui">{t('app.api')}</a>
      </AntLayout.Footer>
    </AntLayout>
  );
}
