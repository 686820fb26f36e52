import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading, error (with the API's problem detail and a retry) and empty states, the same on every screen. */
export function QueryState({
  loading,
  error,
  empty,
  retry,
  children,
}: {
  loading: boolean;
  error: Error | null;
  empty?: boolean;
  retry?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (loading)
    return (
      <Spin tip={t('app.loading')} style={{ display: 'block', margin: 24 }}>
        <div />
      </Spin>
    );
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('app.error')}
        description={error.message}
        action={
          retry && (
            <Button size="small" onClick={retry}>
              {t('app.retry')}
            </Button>
          )
        }
      />
    );
  }
  if (empty) return <Empty description={t('app.empty')} />;
  return <>{children}</>;
}
