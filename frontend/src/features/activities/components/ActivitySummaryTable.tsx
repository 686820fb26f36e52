import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { formatMoney, formatNumber } from '@/lib/format';

type Summary = components['schemas']['ActivitySummary'];

/** Done activities by type, with a total row: the table cadres paste into their reports. */
export function ActivitySummaryTable({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const rows = [...(summary.groups ?? []), { key: '__total', label: t('activities.total'), totals: summary.total }];
  return (
    <Table
      rowKey={(r) => r.key ?? '__none'}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 600 }}
      columns={[
        { key: 'label', title: t('activities.type'), render: (_, r) => (r.key === '__total' ? <strong>{r.label}</strong> : r.label) },
        { key: 'n', title: t('activities.count'), align: 'right', render: (_, r) => formatNumber(r.totals?.activities, lng) },
        { key: 'p', title: t('activities.participants'), align: 'right', render: (_, r) => formatNumber(r.totals?.participants, lng) },
        { key: 'f', title: t('activities.funds'), align: 'right', render: (_, r) => formatMoney(r.totals?.funds, lng) },
      ]}
    />
  );
}
