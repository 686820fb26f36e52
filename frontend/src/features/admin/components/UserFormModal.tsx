import { Checkbox, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { UnitSelect } from '@/components/UnitSelect';
import { ApiError } from '@/lib/problem';
import { useCreateUser, type UserCreate } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { ROLES } from './roles';

type User = components['schemas']['User'];

/** Creates an account, or edits one (name, contact, unit, roles, active); the API's field errors land on the fields. */
export function UserFormModal({
  user,
  open,
  onClose,
  grantable,
}: {
  user?: User;
  open: boolean;
  onClose: () => void;
  grantable: readonly string[];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserCreate>();
  const create = useCreateUser();
  const update = useUpdateUser();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        user
          ? {
              username: user.username,
              fullName: user.fullName,
              email: user.email,
              phone: user.phone,
              unitId: user.unit?.id,
              roles: user.roles,
              active: user.active,
              ssoSubject: user.ssoSubject,
            }
          : { roles: ['VIEWER'], active: true },
      );
    }
  }, [open, user, form]);
  const save = async (values: UserCreate) => {
    try {
      if (user) {
        const { username: _ignored, password, ...rest } = values;
        await update.mutateAsync({ id: user.id!, version: user.version!, patch: password ? { ...rest, password } : rest });
      } else {
        await create.mutateAsync(values);
      }
      onClose();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors() as Parameters<typeof form.setFields>[0]);
      throw e;
    }
  };
  const error = (create.error ?? update.error) as Error | null;
  return (
    <Modal
      open={open}
      title={user ? t('admin.editUser', { name: user.username }) : t('admin.newUser')}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() =>
        form
          .validateFields()
          .then(save)
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="user">
        <Form.Item name="username" label={t('access.username')} rules={[{ required: true, message: t('access.required') }]}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label={t('admin.fullName')} rules={[{ required: true, message: t('access.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t('admin.unit')} rules={[{ required: true, message: t('access.required') }]}>
          <UnitSelect ariaLabel={t('admin.unit')} />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true, message: t('access.required') }]}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`), disabled: !grantable.includes(r) }))} />
        </Form.Item>
        <Form.Item name="email" label={t('admin.email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="password" label={user ? t('admin.newPassword') : t('access.password')} extra={t('admin.passwordRule')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="ssoSubject" label={t('admin.ssoSubject')} extra={t('admin.ssoSubjectHint')} rules={[{ max: 255 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t('admin.active')}</Checkbox>
        </Form.Item>
      </Form>
      {error && !(error instanceof ApiError && error.fieldErrors().length > 0) && (
        <p role="alert" style={{ color: '#cf1322' }}>
          {error.message}
        </p>
      )}
    </Modal>
  );
}
