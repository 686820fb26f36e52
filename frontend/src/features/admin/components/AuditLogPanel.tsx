import { DatePicker, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { components } from '@/api/schema';
import { QueryState } from '@/components/QueryState';
import { formatDateTime } from '@/lib/dates';
import { useAuditEvents } from '../api/list-audit-events';
import { EventValuesTable } from './EventValuesTable';

type AuditEvent = components['schemas']['AuditEvent'];

/**
 * What a row was about, in words: the event's own detail (a bulk write of values says how many, in the UI's
 * language), else the changed row's name, username, code or title.
 */
function subject(e: AuditEvent, t: TFunction): string | undefined {
  const values = e.entity === 'VALUE' ? /^(\d+) value\(s\)$/.exec(e.detail ?? '') : null;
  if (values) return t('admin.valueCount', { count: Number(values[1]) });
  if (e.detail) return e.detail;
  const row = (e.after ?? e.before) as Record<string, unknown> | undefined;
  const named = row && ['name', 'username', 'code', 'title'].map((k) => row[k]).find((v) => typeof v === 'string');
  return (named as string | undefined) ?? e.entityId;
}

const ENTITIES = ['UNIT', 'VALUE', 'TARGET', 'ACTIVITY', 'REPORT', 'USER', 'SESSION', 'API_TOKEN', 'INDICATOR'];

/** Who changed what in the unit's subtree, filterable by kind and dates; the before/after of a change on demand. */
export function AuditLogPanel({ unitId }: { unitId?: string }) {
  const { t, i18n } = useTranslation();
  const [entity, setEntity] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(0);
  const events = useAuditEvents({
    unitId,
    entity,
    page,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('admin.entity')}
          aria-label={t('admin.entity')}
          style={{ width: 200 }}
          value={entity}
          onChange={(v) => {
            setEntity(v);
            setPage(0);
          }}
          options={ENTITIES.map((e) => ({ value: e, label: t(`admin.entities.${e}`) }))}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={range}
          onChange={(v) => {
            setRange(v);
            setPage(0);
          }}
        />
      </Space>
      <QueryState loading={events.isLoading} error={events.error} empty={events.data?.total === 0}>
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          dataSource={events.data?.items ?? []}
          scroll={{ x: true }}
          pagination={{
            current: page + 1,
            pageSize: 25,
            total: events.data?.total ?? 0,
            onChange: (p) => setPage(p - 1),
            showSizeChanger: false,
          }}
          expandable={{
            // a bulk write of values is one event per unit with no row of its own: its values are listed instead
            rowExpandable: (e) => !!(e.before || e.after) || e.entity === 'VALUE',
            expandedRowRender: (e) =>
              !(e.before || e.after) ? (
                <EventValuesTable eventId={e.id!} />
              ) : (
                <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: 0 }}>
                  {JSON.stringify({ before: e.before, after: e.after }, null, 2)}
                </pre>
              ),
          }}
          columns={[
            { title: t('admin.when'), render: (_, e) => formatDateTime(e.at!, i18n.language), width: 170 },
            { title: t('admin.who'), render: (_, e) => e.actor ?? '—' },
            { title: t('admin.action'), render: (_, e) => <Tag>{e.action}</Tag> },
            { title: t('admin.entity'), render: (_, e) => t(`admin.entities.${e.entity}`, { defaultValue: e.entity }) },
            { title: t('admin.detail'), render: (_, e) => subject(e, t) },
            { title: t('admin.address'), dataIndex: 'ip' },
          ]}
        />
      </QueryState>
    </>
  );
}
