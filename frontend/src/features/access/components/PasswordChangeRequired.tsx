import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of every screen while the password is one someone else chose (the API refuses everything else). */
export function PasswordChangeRequired() {
  const { t } = useTranslation();
  return (
    <main>
      <Card style={{ maxWidth: 440, margin: '6vh auto' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('access.choosePassword')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('access.choosePasswordHint')}</Typography.Paragraph>
        <ChangePasswordForm />
      </Card>
    </main>
  );
}
