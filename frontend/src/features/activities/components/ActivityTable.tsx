import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { formatDateVi } from '@/lib/dates';
import { formatMoney, formatNumber } from '@/lib/format';
import { StatusTag } from '@/components/StatusTag';
import { STATUS_COLOURS } from './status-colours';

type Page = components['schemas']['PageActivity'];

export function ActivityTable({ page, loading, onPage }: { page?: Page; loading: boolean; onPage: (page: number, size: number) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={page?.items ?? []}
      scroll={{ x: 900 }}
      pagination={{
        current: (page?.page ?? 0) + 1,
        pageSize: page?.size ?? 50,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `${formatNumber(total, lng)} ${t('activities.count').toLowerCase()}`,
        onChange: (p, size) => onPage(p - 1, size),
      }}
      columns={[
        { key: 'date', title: t('activities.date'), width: 110, render: (_, a) => formatDateVi(a.activityDate!) },
        {
          key: 'title',
          title: t('activities.title'),
          render: (_, a) => (
            <span className="wrap">
              <Link to={`/activities/${a.id}`}>{a.title}</Link>
              {a.demo && <Tag style={{ marginLeft: 8 }}>{t('activities.demo')}</Tag>}
            </span>
          ),
        },
        { key: 'unit', title: t('activities.organiser'), render: (_, a) => <Link to={`/units/${a.unit?.id}`}>{a.unit?.name}</Link> },
        { key: 'type', title: t('activities.type'), render: (_, a) => a.typeName },
        {
          key: 'participants',
          title: t('activities.participants'),
          align: 'right',
          render: (_, a) => formatNumber(a.participants?.total, lng),
        },
        { key: 'funds', title: t('activities.funds'), align: 'right', render: (_, a) => formatMoney(a.funds, lng) },
        {
          key: 'status',
          title: t('activities.status'),
          render: (_, a) => <StatusTag colour={STATUS_COLOURS[a.status!]}>{t(`activities.statuses.${a.status!}`)}</StatusTag>,
        },
      ]}
    />
  );
}
