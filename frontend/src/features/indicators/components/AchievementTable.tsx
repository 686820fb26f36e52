import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { formatNumber, formatPercent } from '@/lib/format';
import { termName } from '@/lib/terms';
import { StatusTag } from '@/components/StatusTag';
import { STATUS_COLOURS } from './status-colours';

type Report = components['schemas']['AchievementReport'];

const num = (v: unknown, lng: string) => (v === null || v === undefined ? '–' : formatNumber(Number(v), lng, 2));

export function AchievementTable({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Table
      rowKey="indicator"
      size="small"
      pagination={false}
      dataSource={report.rows ?? []}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'name',
          title: t('indicators.name'),
          render: (_, r) => (
            <span className="wrap">
              {r.name} <span className="muted">({termName(r.unitOfMeasureName, i18n.language)})</span>
              {r.estimated && <Tag style={{ marginLeft: 6 }}>{t('indicators.estimated')}</Tag>}
            </span>
          ),
        },
        { key: 'actual', title: t('indicators.actual'), align: 'right', render: (_, r) => num(r.actual, lng) },
        { key: 'target', title: t('indicators.target'), align: 'right', render: (_, r) => num(r.target, lng) },
        {
          key: 'percent',
          title: t('indicators.percent'),
          align: 'right',
          render: (_, r) => (r.percent === undefined ? '–' : formatPercent(Number(r.percent), lng)),
        },
        {
          key: 'status',
          title: t('indicators.status'),
          render: (_, r) => <StatusTag colour={STATUS_COLOURS[r.status!]}>{t(`indicators.statuses.${r.status!}`)}</StatusTag>,
        },
        { key: 'previous', title: t('indicators.previous'), align: 'right', render: (_, r) => num(r.previous, lng) },
        {
          key: 'change',
          title: t('indicators.change'),
          align: 'right',
          render: (_, r) =>
            r.change === undefined
              ? '–'
              : `${Number(r.change) > 0 ? '+' : ''}${num(r.change, lng)}${r.changePercent === undefined ? '' : ` (${formatPercent(Number(r.changePercent), lng)})`}`,
        },
      ]}
    />
  );
}
