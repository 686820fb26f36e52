import { Card, Descriptions, List, Timeline, Typography } from 'antd';
import { StatusTag } from '@/components/StatusTag';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { formatDateVi, todayInVietnam } from '@/lib/dates';
import { useActivities } from '@/features/activities/api/list-activities';
import { useUnit } from '@/api/units/get-unit';
import { useUnitChildren } from '@/features/units/api/list-unit-children';
import { useUnitLineage } from '@/features/units/api/get-unit-lineage';
import { LineageTimeline } from '@/features/units/components/LineageTimeline';

/** A unit's profile, the units below it (as of its last day, or today), its reorganisations and recent activities. */
export function UnitRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const unit = useUnit(id);
  const u = unit.data;
  const asOf = u?.validTo ? dayBefore(u.validTo) : todayInVietnam();
  const children = useUnitChildren(id, asOf, Boolean(u));
  const lineage = useUnitLineage(id);
  const activities = useActivities({ unitId: id, size: 10 });
  return (
    <QueryState loading={unit.isLoading} error={unit.error} retry={() => void unit.refetch()}>
      {u && (
        <>
          <Typography.Title level={1} style={{ fontSize: 24 }} className="wrap">
            {u.name}
          </Typography.Title>
          <Card title={t('units.profile')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, md: 3 }}
              items={[
                { key: 'level', label: t('units.level'), children: t(`levels.${u.level}`) },
                { key: 'code', label: t('units.code'), children: u.code },
                { key: 'from', label: t('units.validFrom'), children: formatDateVi(u.validFrom!) },
                {
                  key: 'to',
                  label: t('units.validTo'),
                  children: u.validTo ? formatDateVi(dayBefore(u.validTo)) : <StatusTag colour="green">{t('units.stillExists')}</StatusTag>,
                },
                ...(u.parent ? [{ key: 'parent', label: '↑', children: <Link to={`/units/${u.parent.id}`}>{u.parent.name}</Link> }] : []),
              ]}
            />
          </Card>
          <Card title={t('units.lineage')} size="small" style={{ marginBottom: 16 }}>
            <QueryState loading={lineage.isLoading} error={lineage.error}>
              {lineage.data && <LineageTimeline lineage={lineage.data} />}
            </QueryState>
          </Card>
          <Card title={`${t('units.children')} (${formatDateVi(asOf)})`} size="small" style={{ marginBottom: 16 }}>
            <QueryState loading={children.isLoading} error={children.error} empty={children.data?.total === 0}>
              <List
                size="small"
                dataSource={children.data?.items ?? []}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                renderItem={(c) => (
                  <List.Item>
                    <Link to={`/units/${c.id}`}>{c.name}</Link>
                  </List.Item>
                )}
              />
            </QueryState>
          </Card>
          <Card title={t('units.activities')} size="small" extra={<Link to={`/activities?unitId=${id}`}>{t('nav.activities')}</Link>}>
            <QueryState loading={activities.isLoading} error={activities.error} empty={activities.data?.total === 0}>
              <Timeline
                items={(activities.data?.items ?? []).map((a) => ({
                  key: a.id,
                  children: (
                    <span>
                      {formatDateVi(a.activityDate!)} — {a.title} <span className="muted">({a.unit?.name})</span>
                    </span>
                  ),
                }))}
              />
            </QueryState>
          </Card>
        </>
      )}
    </QueryState>
  );
}

function dayBefore(isoDate: string): string {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
