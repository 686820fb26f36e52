import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';
import { useChangePassword } from '../api/change-password';

type Fields = { currentPassword: string; newPassword: string; confirm: string };

/**
 * Current password, new one twice. The API's policy (length, common passwords, the username) answers per field;
 * the two new entries are compared here so a typo never becomes the password.
 */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const change = useChangePassword();
  const submit = async ({ currentPassword, newPassword }: Fields) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      form.resetFields();
      onDone?.();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors() as Parameters<typeof form.setFields>[0]);
    }
  };
  const error = change.error;
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} name="change-password">
      <Form.Item name="currentPassword" label={t('access.currentPassword')} rules={[{ required: true, message: t('access.required') }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('access.newPassword')}
        extra={t('access.passwordPolicy')}
        rules={[{ required: true, message: t('access.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('access.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('access.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('access.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error && !(error instanceof ApiError && error.fieldErrors().length > 0) && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error.message} />
      )}
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('access.changePassword')}
      </Button>
    </Form>
  );
}
