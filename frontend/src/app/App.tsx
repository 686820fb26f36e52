import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { router } from './router';

/** Ant Design in the chosen language (dates dd/MM/yyyy and Vietnamese month names in vi). */
export function App() {
  const { i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  useEffect(() => {
    dayjs.locale(vi ? 'vi' : 'en');
    document.documentElement.lang = vi ? 'vi' : 'en';
  }, [vi]);
  return (
    <ConfigProvider
      locale={vi ? viVN : enUS}
      theme={{
        token: {
          colorPrimary: '#9e1068',
          colorLink: '#9e1068',
          colorLinkHover: '#c41d7f',
          colorInfo: '#9e1068',
          colorTextTertiary: '#595959',
          colorTextDescription: '#595959',
          colorTextPlaceholder: '#666666',
          colorError: '#cf1322',
        },
      }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
