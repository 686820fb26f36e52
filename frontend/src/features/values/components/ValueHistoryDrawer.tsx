import { Drawer, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { QueryState } from '@/components/QueryState';
import { formatDateTime } from '@/lib/dates';
import { FigureWithComment } from '@/components/FigureWithComment';
import { useValueHistory, type ValueKey } from '../api/get-value-history';

type AuditEvent = components['schemas']['AuditEvent'];
type ValueState = { value?: number; comment?: string; source?: string };

/** Who changed one value, when, from what to what: the value's whole history, newest first. */
export function ValueHistoryDrawer({ valueKey, title, onClose }: { valueKey?: ValueKey; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const history = useValueHistory(valueKey, page);
  return (
    <Drawer
      open={!!valueKey}
      onClose={onClose}
      title={t('entry.historyOf', { what: title })}
      size={720}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) setPage(0);
      }}
    >
      <QueryState loading={history.isLoading} error={history.error} empty={history.data?.total === 0}>
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          dataSource={history.data?.items ?? []}
          aria-label={t('entry.historyOf', { what: title })}
          pagination={{
            current: page + 1,
            pageSize: 20,
            total: history.data?.total ?? 0,
            onChange: (p) => setPage(p - 1),
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
          columns={[
            { title: t('admin.when'), render: (_, e) => formatDateTime(e.at!, i18n.language), width: 150 },
            { title: t('admin.who'), render: (_, e) => e.actor ?? '—' },
            { title: t('admin.action'), render: (_, e) => <Tag>{t(`entry.actions.${e.action}`, { defaultValue: e.action })}</Tag> },
            { title: t('admin.before'), align: 'right', render: (_, e) => <FigureWithComment {...(e.before as ValueState | undefined)} /> },
            { title: t('admin.after'), align: 'right', render: (_, e) => <FigureWithComment {...(e.after as ValueState | undefined)} /> },
            {
              title: t('entry.source'),
              render: (_, e) => {
                const source = (e.after as ValueState | undefined)?.source;
                return source ? t(`entry.sources.${source}`, { defaultValue: source }) : '';
              },
            },
          ]}
        />
      </QueryState>
    </Drawer>
  );
}
