import { Alert, Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/problem';
import { formatDateVi } from '@/lib/dates';
import { useOpenReport } from '../api/open-report';
import { useUnitReport } from '../api/list-reports';
import { useReportTransition } from '../api/transition-report';
import { ReportStatusTag } from './ReportStatusTag';

/** The unit's own report: open it, submit it; what is missing or why it came back is said in words. */
export function UnitReportCard({
  unitId,
  unitName,
  form,
  period,
  canEdit,
}: {
  unitId: string;
  unitName: string;
  form: string;
  period: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const report = useUnitReport(unitId, form, period);
  const open = useOpenReport();
  const transition = useReportTransition();
  const error = (open.error ?? transition.error) as ApiError | null;
  const r = report.data;
  return (
    <Card size="small" title={t('reports.ownReport', { unit: unitName })} style={{ marginBottom: 16 }}>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={error.message}
          description={
            error instanceof ApiError && error.problem.errors?.length ? (
              <ul>
                {error.problem.errors.map((e) => (
                  <li key={e.field}>
                    {e.field}: {e.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {!r ? (
        <Space>
          <span>{t('reports.notOpened')}</span>
          {canEdit && (
            <Button onClick={() => open.mutate({ form, unitId, period })} loading={open.isPending}>
              {t('reports.open')}
            </Button>
          )}
        </Space>
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 4 }}
          items={[
            { key: 's', label: t('reports.statusLabel'), children: <ReportStatusTag status={r.status!} /> },
            { key: 'd', label: t('reports.due'), children: r.dueDate ? formatDateVi(r.dueDate) : '–' },
            { key: 'by', label: t('reports.submittedBy'), children: r.submittedBy ?? '–' },
            { key: 'reason', label: t('reports.reason'), children: r.reason ?? '–' },
          ]}
        />
      )}
      {r && canEdit && (r.status === 'DRAFT' || r.status === 'RETURNED') && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={transition.isPending}
          onClick={() => transition.mutate({ id: r.id!, action: 'submit' })}
        >
          {t('reports.submit')}
        </Button>
      )}
    </Card>
  );
}
