import { Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { QueryState } from '@/components/QueryState';
import { FigureWithComment } from '@/components/FigureWithComment';
import { useAuditEventValues } from '../api/list-audit-event-values';

type ValueChange = components['schemas']['ValueChange'];

/** The values one audit event changed: a bulk write's "15 value(s)" opened up into indicator, unit, period, before and after. */
export function EventValuesTable({ eventId }: { eventId: number }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const values = useAuditEventValues(eventId, page);
  return (
    <QueryState loading={values.isLoading} error={values.error} empty={values.data?.total === 0}>
      <Table<ValueChange>
        size="small"
        rowKey={(v) => `${v.indicator}|${v.unitId}|${v.period}|${v.categoryOption ?? ''}`}
        dataSource={values.data?.items ?? []}
        aria-label={t('admin.changedValues')}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: values.data?.total ?? 0,
          onChange: (p) => setPage(p - 1),
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: t('entry.indicator'),
            render: (_, v) => {
              const name = i18n.language === 'en' ? (v.indicatorNameEn ?? v.indicatorName) : v.indicatorName;
              return (
                <>
                  {v.categoryOption ? `${name} — ${v.categoryOption}` : name}
                  <div className="muted">{v.indicator}</div>
                </>
              );
            },
          },
          { title: t('admin.unit'), dataIndex: 'unitName' },
          { title: t('admin.period'), dataIndex: 'period' },
          {
            title: t('admin.before'),
            align: 'right',
            render: (_, v) => <FigureWithComment value={v.beforeValue} comment={v.beforeComment} />,
          },
          {
            title: t('admin.after'),
            align: 'right',
            render: (_, v) => <FigureWithComment value={v.afterValue} comment={v.afterComment} />,
          },
        ]}
      />
    </QueryState>
  );
}
