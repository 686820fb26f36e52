import { Layout as AntLayout, Menu, Segmented, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/lib/i18n';
import { onSignedOut } from '@/lib/api-client';
import { useSession } from '@/features/access/api/get-session';
import { UserMenu } from '@/features/access/components/UserMenu';

// Signed-in cadres never need the sign-in screen's code: it loads on its own.
const SignInForm = lazy(() => import('@/features/access/components/SignInForm').then((m) => ({ default: m.SignInForm })));
// Likewise the screen of a password someone else set, seen once per account.
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
  if (session.isLoading) {
    return null;
  }
  if (!session.data) {
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
          <UserMenu user={session.data} />
          {language}
        </Space>
      </AntLayout.Header>
      {session.data.mustChangePassword ? (
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
