import { App, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The header's "change password" dialog; loaded only when opened. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal open title={t('access.changePassword')} footer={null} onCancel={onClose}>
      <ChangePasswordForm
        onDone={() => {
          onClose();
          void message.success(t('access.passwordChanged'));
        }}
      />
    </Modal>
  );
}
