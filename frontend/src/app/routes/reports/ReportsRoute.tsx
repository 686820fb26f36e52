import { Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSession } from '@/features/access/api/get-session';
import { UnitSelect } from '@/components/UnitSelect';
import { periodsOfYear, type EntryPeriodType } from '@/lib/periods';
import { todayInVietnam } from '@/lib/dates';
import { useReportForms } from '@/features/reports/api/list-report-forms';
import { CompletenessTable } from '@/features/reports/components/CompletenessTable';
import { UnitReportCard } from '@/features/reports/components/UnitReportCard';

/** Periodic reporting: the unit's own report, and the completeness of the units below (an approver's inbox). */
export function ReportsRoute() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const forms = useReportForms();
  const [params, setParams] = useSearchParams();
  const formCode = params.get('form') ?? 'BC-THANG';
  const form = forms.data?.find((f) => f.code === formCode);
  const type = (form?.periodType ?? 'MONTH') as EntryPeriodType;
  const year = Number(todayInVietnam().slice(0, 4));
  const periods = [year, year - 1, year - 2].flatMap((y) => periodsOfYear(y, type, i18n.language).reverse());
  const period = params.get('period') ?? periods.find((p) => p.key < todayInVietnam().slice(0, 7))?.key ?? String(year);
  const unitId = params.get('unitId') ?? session.data?.unit?.id;
  const roles = session.data?.roles ?? [];
  const set = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'form') next.delete('period');
    setParams(next, { replace: true });
  };
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.reports')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitSelect value={unitId} onChange={(v) => set('unitId', v)} ariaLabel={t('reports.unit')} />
        <Select
          aria-label={t('reports.form')}
          value={formCode}
          style={{ minWidth: 200 }}
          onChange={(v) => set('form', v)}
          options={(forms.data ?? []).map((f) => ({ value: f.code!, label: i18n.language === 'en' ? (f.nameEn ?? f.name) : f.name }))}
        />
        <Select
          aria-label={t('reports.period')}
          value={period}
          style={{ minWidth: 160 }}
          onChange={(v) => set('period', v)}
          options={periods.map((p) => ({ value: p.key, label: p.label }))}
        />
      </Space>
      <QueryState loading={forms.isLoading || session.isLoading} error={forms.error}>
        {unitId && (
          <>
            <UnitReportCard
              unitId={unitId}
              unitName={unitId === session.data?.unit?.id ? (session.data.unit.name ?? '') : t('reports.selectedUnit')}
              form={formCode}
              period={period}
              canEdit={roles.includes('EDITOR') || roles.includes('ADMIN')}
            />
            <CompletenessTable
              unitId={unitId}
              form={formCode}
              period={period}
              canApprove={roles.includes('APPROVER') || roles.includes('ADMIN')}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
