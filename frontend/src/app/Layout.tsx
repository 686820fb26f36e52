import { Layout as AntLayout, Menu, Segmented, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/lib/i18n';

const SECTIONS = ['home', 'units', 'entry', 'targets', 'activities', 'achievement', 'indicators', 'programmes'] as const;

/** Header with the union's name and the language switch; a menu of sections; the screen below. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const current = SECTIONS.find((s) => s !== 'home' && location.pathname.startsWith('/' + s)) ?? 'home';
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header className="app-header">
        <Link to="/" className="app-brand">
          <Typography.Text strong style={{ color: '#fff' }}>{t('app.title')}</Typography.Text>
          <span className="app-subtitle"> — {t('app.subtitle')}</span>
        </Link>
        <Segmented<Language>
          aria-label={t('app.language')}
          size="small"
          value={i18n.language === 'en' ? 'en' : 'vi'}
          options={[{ label: 'VI', value: 'vi' }, { label: 'EN', value: 'en' }]}
          onChange={(lng) => setLanguage(lng)}
        />
      </AntLayout.Header>
      <nav aria-label={t('app.subtitle')}>
        <Menu mode="horizontal" selectedKeys={[current]}
          items={SECTIONS.map((s) => ({ key: s, label: <Link to={s === 'home' ? '/' : '/' + s}>{t(`nav.${s}`)}</Link> }))} />
      </nav>
      <AntLayout.Content className="app-content">
        <Outlet />
      </AntLayout.Content>
      <AntLayout.Footer className="app-footer">
        <a href="/q/swagger-ui">{t('app.api')}</a>
      </AntLayout.Footer>
    </AntLayout>
  );
}
