import { App as AntApp, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { addAttachment } from '@/features/activities/api/add-attachment';
import { useCreateActivity } from '@/features/activities/api/create-activity';
import { ActivityForm } from '@/features/activities/components/ActivityForm';

export function NewActivityRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreateActivity();
  const { message } = AntApp.useApp();
  return (
    <>
      <Typography.Title level={3}>{t('activities.new')}</Typography.Title>
      <ActivityForm
        initialUnitId={params.get('unitId') ?? undefined}
        onSubmit={async (input, files) => {
          const activity = await create.mutateAsync(input);
          for (const file of files) {
            await addAttachment(activity.id!, file); // a refused file is reported; the activity itself is saved
          }
          void message.success(t('activities.saved'));
          navigate(`/activities?unitId=${input.unitId}`);
        }}
      />
    </>
  );
}
