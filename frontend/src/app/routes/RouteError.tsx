import { Alert, Button, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { reloadPage } from '@/lib/reload-page';

const RELOADED = 'vwu.reloadedFor';

/**
 * A screen's chunk that fails to load is almost always an old page asking for files a new release replaced: the page
 * reloads itself once to fetch the new ones. Browsers word the failure differently (Chrome, Firefox, Safari).
 */
export function isChunkLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Loading chunk/i.test(
    message,
  );
}

/** Marks a screen as loaded: a later failure may reload again. */
export function screenLoaded() {
  sessionStorage.removeItem(RELOADED);
}

/** What a screen shows when it fails: the app reloads once for a missing chunk, otherwise a message in the UI's language. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const chunk = isChunkLoadFailure(error);
  const reloadOnce = chunk && sessionStorage.getItem(RELOADED) !== window.location.pathname;
  useEffect(() => {
    if (reloadOnce) {
      sessionStorage.setItem(RELOADED, window.location.pathname);
      reloadPage();
    }
  }, [reloadOnce]);
  if (reloadOnce) return null;
  console.error(error); // for whoever opens the browser's console; the person sees the message below
  // Alert, not Result: Result brings its illustrations into the first screen's JavaScript.
  return (
    <Alert
      type="warning"
      showIcon
      message={t(chunk ? 'app.newVersion' : 'app.routeError')}
      description={
        <Space wrap>
          <Button type="primary" onClick={reloadPage}>
            {t('app.reload')}
          </Button>
          <Link to="/">{t('app.home')}</Link>
        </Space>
      }
    />
  );
}
