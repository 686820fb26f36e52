import { App as AntApp, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { addAttachment } from '@/features/activities/api/add-attachment';
import { useCreateActivity } from '@/features/activities/api/create-activity';
import { ActivityForm } from '@/features/activities/components/ActivityForm';
import { useSession } from '@/features/access/api/get-session';
import { ApiError } from '@/lib/problem';

export function NewActivityRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreateActivity();
  const { message } = AntApp.useApp();
  const own = useSession().data?.unit?.id;
  // The activity is created once: if Save is pressed again (after a failure), it is not created a second time.
  const created = useRef<string>(undefined);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('activities.new')}
      </Typography.Title>
      <ActivityForm
        initialUnitId={params.get('unitId') ?? own}
        onSubmit={async (input, files) => {
          created.current ??= (await create.mutateAsync(input)).id!;
          const id = created.current;
          const refused: string[] = [];
          for (const file of files) {
            try {
              await addAttachment(id, file);
            } catch (e) {
              refused.push(`${file.name} (${e instanceof ApiError ? e.message : String(e)})`);
            }
          }
          if (refused.length > 0) {
            // The activity exists: go to its page, where the files can be attached again; the form is gone.
            void message.warning({
              content: t('activities.savedWithoutFiles', { count: refused.length, files: refused.join('; ') }),
              duration: 10,
            });
            navigate(`/activities/${id}`);
            return;
          }
          void message.success(t('activities.saved'));
          navigate(`/activities?unitId=${input.unitId}`);
        }}
      />
    </>
  );
}
