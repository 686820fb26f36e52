import { App as AntApp, Button, Card, Descriptions, Image, List, Popconfirm, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { STATUS_COLOURS } from '@/features/activities/components/status-colours';
import { api } from '@/lib/api-client';
import { formatDateVi } from '@/lib/dates';
import { formatMoney, formatNumber } from '@/lib/format';
import { unwrap } from '@/lib/problem';
import { addAttachment } from '@/features/activities/api/add-attachment';
import type { ActivityInput } from '@/features/activities/api/create-activity';
import { useActivity } from '@/features/activities/api/get-activity';
import { useAttachments } from '@/features/activities/api/list-attachments';
import { useUpdateActivity } from '@/features/activities/api/update-activity';
import { ActivityForm, type ActivityFormValues } from '@/features/activities/components/ActivityForm';

const OPTIONAL: (keyof ActivityInput)[] = [
  'programmeCodes',
  'endsAt',
  'placeUnitId',
  'placeText',
  'partnerUnitIds',
  'partnerAgencies',
  'participants',
  'beneficiaries',
  'cost',
  'funds',
  'description',
  'results',
];

/** One activity: its details, photos and documents; edit (merge patch with the version read) and delete. */
export function ActivityRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const activity = useActivity(id);
  const attachments = useAttachments(id);
  const update = useUpdateActivity();
  const [editing, setEditing] = useState(false);
  const a = activity.data;
  // The API answers in Vietnam time (+07:00): the wall-clock part is what the cadre typed.
  const wallClock = (iso?: string) => (iso ? dayjs(iso.slice(0, 19)) : undefined);
  const initial: Partial<ActivityFormValues> | undefined = a && {
    unitId: a.unit?.id,
    title: a.title,
    type: a.type,
    programmeCodes: a.programmes?.map((p) => p.code!),
    startsAt: wallClock(a.startsAt)!,
    endsAt: wallClock(a.endsAt),
    placeText: a.placeText,
    partnerAgencies: a.partnerAgencies,
    participants: a.participants,
    beneficiaries: a.beneficiaries,
    cost: a.cost,
    funds: a.funds,
    description: a.description,
    results: a.results,
    status: a.status,
  };
  return (
    <QueryState loading={activity.isLoading} error={activity.error} retry={() => void activity.refetch()}>
      {a && (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%', flexWrap: 'wrap' }}>
            <Typography.Title level={1} style={{ fontSize: 24 }} className="wrap">
              {a.title}
            </Typography.Title>
            <Space>
              <Button onClick={() => setEditing(!editing)}>{editing ? t('app.cancel') : t('app.edit')}</Button>
              <Popconfirm
                title={t('app.confirmDelete')}
                onConfirm={async () => {
                  unwrap(
                    await api.DELETE('/api/v1/activities/{id}', { params: { path: { id }, header: { 'If-Match': `"${a.version}"` } } }),
                  );
                  navigate(`/activities?unitId=${a.unit?.id}`);
                }}
              >
                <Button danger>{t('app.delete')}</Button>
              </Popconfirm>
            </Space>
          </Space>
          {editing ? (
            <ActivityForm
              initial={initial}
              onSubmit={async (input, files) => {
                const patch: Partial<Record<keyof ActivityInput, unknown>> = { ...input };
                OPTIONAL.forEach((k) => {
                  if (patch[k] === undefined) patch[k] = null;
                }); // a cleared field is removed
                await update.mutateAsync({ id, version: a.version!, patch });
                for (const file of files) await addAttachment(id, file);
                void message.success(t('activities.saved'));
                setEditing(false);
                void attachments.refetch();
              }}
            />
          ) : (
            <Card size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  { key: 'unit', label: t('activities.organiser'), children: <Link to={`/units/${a.unit?.id}`}>{a.unit?.name}</Link> },
                  { key: 'type', label: t('activities.type'), children: a.typeName },
                  {
                    key: 'date',
                    label: t('activities.date'),
                    children: `${formatDateVi(a.activityDate!)} ${a.startsAt?.slice(11, 16)}–${a.endsAt?.slice(11, 16)}`,
                  },
                  {
                    key: 'status',
                    label: t('activities.status'),
                    children: <StatusTag colour={STATUS_COLOURS[a.status!]}>{t(`activities.statuses.${a.status!}`)}</StatusTag>,
                  },
                  { key: 'programmes', label: t('activities.programme'), children: a.programmes?.map((p) => p.name).join('; ') || '–' },
                  {
                    key: 'place',
                    label: t('activities.place'),
                    children: [a.placeUnit?.name, a.placeText].filter(Boolean).join('; ') || '–',
                  },
                  {
                    key: 'partners',
                    label: t('activities.partners'),
                    children: [...(a.partnerUnits ?? []).map((u) => u.name), ...(a.partnerAgencies ?? [])].join('; ') || '–',
                  },
                  {
                    key: 'participants',
                    label: t('activities.participants'),
                    children: `${formatNumber(a.participants?.total, lng)} (${t('activities.women')} ${formatNumber(a.participants?.women, lng)}, ${t('activities.men')} ${formatNumber(a.participants?.men, lng)})`,
                  },
                  { key: 'funds', label: t('activities.funds'), children: formatMoney(a.funds, lng) },
                  { key: 'cost', label: t('activities.cost'), children: formatMoney(a.cost, lng) },
                  { key: 'description', label: t('activities.description'), children: a.description ?? '–' },
                  { key: 'results', label: t('activities.results'), children: a.results ?? '–' },
                ]}
              />
            </Card>
          )}
          <Card title={t('activities.photos')} size="small" style={{ marginTop: 16 }}>
            <QueryState loading={attachments.isLoading} error={attachments.error} empty={attachments.data?.length === 0}>
              <List
                size="small"
                dataSource={attachments.data ?? []}
                renderItem={(f) => {
                  const url = `/api/v1/activities/${id}/attachments/${f.id}`;
                  return (
                    <List.Item>
                      <Space>
                        {f.thumbnail && <Image width={96} src={`${url}/thumbnail`} preview={{ src: url }} alt={f.fileName} />}
                        <a href={url}>{f.fileName}</a>
                        <span className="muted">{formatNumber(Math.ceil((f.sizeBytes ?? 0) / 1024), lng)} KB</span>
                      </Space>
                    </List.Item>
                  );
                }}
              />
            </QueryState>
          </Card>
        </>
      )}
    </QueryState>
  );
}
