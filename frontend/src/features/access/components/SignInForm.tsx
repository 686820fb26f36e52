import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../api/sign-in';
import { useSingleSignOn } from '../api/get-single-sign-on';

/**
 * The sign-in screen: username and password, and the single sign-on provider when one is set up; problems (wrong
 * password, waiting after failures, nobody linked to the provider's identity) shown as the API words them.
 */
export function SignInForm({ expired }: { expired?: { id: string; username: string } } = {}) {
  const { t } = useTranslation();
  const signIn = useSignIn(expired?.id);
  const sso = useSingleSignOn().data;
  const query = new URLSearchParams(window.location.search);
  const unlinked = query.get('sso') === 'unlinked' ? (query.get('subject') ?? '') : null;
  const body = (
    <>
      {expired ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('access.expired')} />
      ) : (
        <Typography.Paragraph type="secondary">{t('access.hint')}</Typography.Paragraph>
      )}
      {unlinked !== null && sso?.enabled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            <>
              {t('access.unlinked', { name: sso.displayName, subject: '' })}
              <Typography.Text code copyable>
                {unlinked}
              </Typography.Text>
            </>
          }
        />
      )}
      {signIn.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={signIn.error.message} />}
      <Form
        layout="vertical"
        requiredMark={false}
        initialValues={{ username: expired?.username }}
        onFinish={(v: { username: string; password: string }) => signIn.mutate(v)}
      >
        <Form.Item name="username" label={t('access.username')} rules={[{ required: true, message: t('access.required') }]}>
          <Input autoComplete="username" autoFocus={!expired} />
        </Form.Item>
        <Form.Item name="password" label={t('access.password')} rules={[{ required: true, message: t('access.required') }]}>
          <Input.Password autoComplete="current-password" autoFocus={!!expired} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t('access.signIn')}
        </Button>
      </Form>
      {sso?.enabled && sso.signInPath && (
        <>
          <Divider plain>{t('access.or')}</Divider>
          {/* A full-page navigation: the provider's sign-in page, then back to the API, which opens the session. */}
          <Button block href={sso.signInPath}>
            {t('access.signInWithProvider', { name: sso.displayName })}
          </Button>
        </>
      )}
    </>
  );
  // Within the screen being worked on (a session that expired), the form is the dialog's content; otherwise a page.
  if (expired) return body;
  return (
    <main className="sign-in">
      <Card style={{ maxWidth: 400, margin: '10vh auto' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('access.title')}
        </Typography.Title>
        {body}
      </Card>
    </main>
  );
}
