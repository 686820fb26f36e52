import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { useActivities, type ActivityQuery } from '@/features/activities/api/list-activities';
import { useActivitySummary } from '@/features/activities/api/summarise-activities';
import { ActivityFilters } from '@/features/activities/components/ActivityFilters';
import { ActivitySummaryTable } from '@/features/activities/components/ActivitySummaryTable';
import { ActivityTable } from '@/features/activities/components/ActivityTable';

const FILTERS = ['unitId', 'period', 'type', 'programme', 'status', 'q'] as const;

/** Filterable list with a summary by type and exports; the filters live in the URL, so a view can be shared. */
export function ActivitiesRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query: ActivityQuery = { page: Number(params.get('page') ?? 0), size: Number(params.get('size') ?? 50) };
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) (query as Record<string, unknown>)[f] = v;
  }
  const list = useActivities(query);
  const { page: _page, size: _size, ...filters } = query;
  const summary = useActivitySummary({ ...filters, groupBy: 'TYPE' });
  const exportUrl = (format: string) => `/api/v1/activities/export?${new URLSearchParams({ ...stringify(filters), format })}`;
  const update = (q: ActivityQuery) => setParams(stringify(q));
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('nav.activities')}
        </Typography.Title>
        <Space wrap>
          <Button href={exportUrl('xlsx')}>{t('activities.exportExcel')}</Button>
          <Button href={exportUrl('csv')}>{t('activities.exportCsv')}</Button>
          <Link to={`/activities/new${query.unitId ? `?unitId=${query.unitId}` : ''}`}>
            <Button type="primary">{t('activities.new')}</Button>
          </Link>
        </Space>
      </Space>
      <ActivityFilters value={query} onChange={update} />
      <QueryState loading={false} error={list.error} retry={() => void list.refetch()}>
        <ActivityTable page={list.data} loading={list.isFetching} onPage={(page, size) => update({ ...query, page, size })} />
      </QueryState>
      <Card title={t('activities.summary')} size="small" style={{ marginTop: 16 }}>
        <QueryState loading={summary.isLoading} error={summary.error}>
          {summary.data && <ActivitySummaryTable summary={summary.data} />}
        </QueryState>
      </Card>
    </>
  );
}

function stringify(q: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}
