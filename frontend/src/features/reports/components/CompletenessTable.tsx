import { Alert, Button, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { formatDateVi } from '@/lib/dates';
import { useCompleteness } from '../api/get-completeness';
import { useReportTransition, type ReportAction } from '../api/transition-report';
import { ReportStatusTag } from './ReportStatusTag';

type Entry = components['schemas']['CompletenessEntry'];

/** The units below: who reported, on time or late; an approver approves, returns or reopens from here. */
export function CompletenessTable({
  unitId,
  form,
  period,
  canApprove,
}: {
  unitId: string;
  form: string;
  period: string;
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const completeness = useCompleteness(unitId, form, period);
  const transition = useReportTransition();
  const [asking, setAsking] = useState<{ entry: Entry; action: ReportAction }>();
  const [reason, setReason] = useState('');
  const c = completeness.data?.counts;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('reports.below')}
      </Typography.Title>
      {c && (
        <Typography.Paragraph data-testid="completeness-counts">
          {t('reports.counts', {
            expected: c.expected,
            onTime: c.submittedOnTime,
            late: c.submittedLate,
            approved: c.approved,
            returned: c.returned,
            missing: (c.missing ?? 0) + (c.draft ?? 0),
          })}
          {completeness.data?.dueDate && (
            <>
              {' '}
              · {t('reports.due')}: {formatDateVi(completeness.data.dueDate)}
            </>
          )}
        </Typography.Paragraph>
      )}
      {transition.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={transition.error.message} />}
      <Table<Entry>
        rowKey={(e) => e.unit!.id!}
        size="small"
        loading={completeness.isLoading}
        dataSource={completeness.data?.units ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 700 }}
        columns={[
          { key: 'unit', title: t('reports.unit'), render: (_, e) => e.unit?.name },
          { key: 'status', title: t('reports.statusLabel'), render: (_, e) => <ReportStatusTag status={e.status!} /> },
          {
            key: 'onTime',
            title: t('reports.onTime'),
            render: (_, e) => (e.onTime == null ? '–' : e.onTime ? t('reports.yes') : t('reports.late')),
          },
          {
            key: 'at',
            title: t('reports.submittedAt'),
            render: (_, e) => (e.submittedAt ? formatDateVi(e.submittedAt.slice(0, 10)) : '–'),
          },
          {
            key: 'actions',
            title: '',
            render: (_, e) =>
              canApprove &&
              e.reportId && (
                <Space>
                  {e.status === 'SUBMITTED' && (
                    <>
                      <Button size="small" type="primary" onClick={() => transition.mutate({ id: e.reportId!, action: 'approve' })}>
                        {t('reports.approve')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          setReason('');
                          setAsking({ entry: e, action: 'return' });
                        }}
                      >
                        {t('reports.return')}
                      </Button>
                    </>
                  )}
                  {e.status === 'APPROVED' && (
                    <Button
                      size="small"
                      onClick={() => {
                        setReason('');
                        setAsking({ entry: e, action: 'reopen' });
                      }}
                    >
                      {t('reports.reopen')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={!!asking}
        title={asking && t(`reports.${asking.action}`) + ' — ' + asking.entry.unit?.name}
        okText={asking && t(`reports.${asking.action}`)}
        okButtonProps={{ disabled: !reason.trim() }}
        onCancel={() => setAsking(undefined)}
        onOk={() => {
          if (asking) transition.mutate({ id: asking.entry.reportId!, action: asking.action, reason: reason.trim() });
          setAsking(undefined);
        }}
      >
        <label htmlFor="report-reason">{t('reports.reasonPrompt')}</label>
        <Input.TextArea id="report-reason" rows={3} value={reason} onChange={(ev) => setReason(ev.target.value)} />
      </Modal>
    </>
  );
}
