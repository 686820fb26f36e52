import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../api/sign-in';

/** The sign-in screen: username and password; problems (wrong password, locked account) shown as the API words them. */
export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  return (
    <main className="sign-in">
      <Card style={{ maxWidth: 400, margin: '10vh auto' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>{t('access.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('access.hint')}</Typography.Paragraph>
        {signIn.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={signIn.error.message} />}
        <Form layout="vertical" requiredMark={false} onFinish={(v: { username: string; password: string }) => signIn.mutate(v)}>
          <Form.Item name="username" label={t('access.username')} rules={[{ required: true, message: t('access.required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('access.password')} rules={[{ required: true, message: t('access.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>{t('access.signIn')}</Button>
        </Form>
      </Card>
    </main>
  );
}
