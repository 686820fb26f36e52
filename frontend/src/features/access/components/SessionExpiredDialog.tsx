import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

/** Signing in again over the screen being worked on, when its session expired: nothing on the screen is lost. */
export function SessionExpiredDialog({ user }: { user: { id: string; username: string } }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('access.title')} closable={false} maskClosable={false} keyboard={false} footer={null}>
      <SignInForm expired={user} />
    </Modal>
  );
}
