import { Button, Empty, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/access/api/get-session';
import { QueryState } from '@/components/QueryState';
import { useIndicators } from '@/features/indicators/api/list-indicators';
import { useUnit } from '@/api/units/get-unit';
import { todayInVietnam } from '@/lib/dates';
import { useUnitValues } from '@/features/values/api/list-values';
import { useImportValues } from '@/features/values/api/import-values';
import { useUpsertValues } from '@/features/values/api/upsert-values';
import { CsvImport } from '@/features/values/components/CsvImport';
import { UnitYearFields } from '@/features/values/components/UnitYearFields';
import { FigureGrid, type GridRow, type StoredFigure } from '@/features/values/components/FigureGrid';
import { ValueHistoryDrawer } from '@/features/values/components/ValueHistoryDrawer';
import type { ValueKey } from '@/features/values/api/get-value-history';
import { formatPeriod, periodsOfYear, within, type EntryPeriodType } from '@/lib/periods';
import { termName } from '@/lib/terms';
import { useReportForms } from '@/features/reports/api/list-report-forms';
import { useReportsWithin } from '@/features/reports/api/list-reports';

const TYPES: EntryPeriodType[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];

/** Indicators × periods of a year for one unit: the indicators its level reports (never derived or computed ones). */
export function DataEntryRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The cadre's own unit unless another is chosen.
  const own = useSession().data?.unit?.id;
  const unitId = params.get('unitId') ?? own;
  const year = Number(params.get('year') ?? todayInVietnam().slice(0, 4));
  const type = (params.get('type') as EntryPeriodType | null) ?? 'MONTH';
  const set = (patch: Record<string, string | undefined>) =>
    setParams(
      Object.fromEntries(Object.entries({ unitId, year: String(year), type, ...patch }).filter(([, v]) => v)) as Record<string, string>,
    );
  const unit = useUnit(unitId);
  const indicators = useIndicators();
  const values = useUnitValues(unitId, String(year));
  const upsert = useUpsertValues();
  const importValues = useImportValues();
  const [history, setHistory] = useState<{ key: ValueKey; title: string }>();

  const rows: (GridRow & { code: string; option: string })[] = useMemo(
    () =>
      (indicators.data?.items ?? [])
        .filter(
          (i) =>
            i.active &&
            !i.derivation &&
            i.unitAggregation === 'SUM' &&
            i.periodType === type &&
            unit.data?.level !== undefined &&
            (i.reportingLevels ?? []).includes(unit.data.level),
        )
        .flatMap((i) => {
          const name = (i18n.language === 'en' ? (i.nameEn ?? i.name) : i.name) ?? i.code!;
          const options = i.categoryOptionNames?.length ? i.categoryOptionNames : [undefined];
          return options.map((o) => ({
            key: `${i.code}#${o?.code ?? ''}`,
            code: i.code!,
            option: o?.code ?? '',
            label: o ? `${name} — ${termName(o, i18n.language)}` : name,
            hint: `${i.code} · ${termName(i.unitOfMeasureName, i18n.language)}`,
          }));
        }),
    [indicators.data, unit.data, type, i18n.language],
  );
  const stored = useMemo(
    () =>
      new Map<string, StoredFigure>(
        (values.data?.items ?? []).map((v) => [
          `${v.indicator}#${v.categoryOption ?? ''}|${v.period}`,
          { value: Number(v.value), version: v.version, comment: v.comment },
        ]),
      ),
    [values.data],
  );
  const columns = periodsOfYear(year, type, i18n.language);
  // Figures of a submitted or approved report are locked until it is returned or reopened (the API refuses them, 409).
  const reports = useReportsWithin(unitId, String(year));
  const forms = useReportForms();
  const locked = useMemo(() => {
    const m = new Map<string, string>();
    for (const report of reports.data?.items ?? []) {
      if (report.status !== 'SUBMITTED' && report.status !== 'APPROVED') continue;
      const form = forms.data?.find((f) => f.code === report.form);
      const codes = new Set((form?.indicators ?? []).map((i) => i.code));
      const why = t(report.status === 'APPROVED' ? 'entry.lockedApproved' : 'entry.lockedSubmitted', {
        form: report.formName,
        period: formatPeriod(report.period!, i18n.language),
      });
      for (const row of rows) {
        if (!codes.has(row.code)) continue;
        for (const col of columns) if (within(col.key, report.period!)) m.set(`${row.key}|${col.key}`, why);
      }
    }
    return m;
  }, [reports.data, forms.data, rows, columns, t, i18n.language]);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('entry.title')}
      </Typography.Title>
      <div className="toolbar">
        <UnitYearFields unitId={unitId} year={year} onChange={set} />
        <Segmented<EntryPeriodType>
          aria-label={t('entry.periodType')}
          value={type}
          options={TYPES.map((x) => ({ value: x, label: t(`entry.periodTypes.${x}`) }))}
          onChange={(x) => set({ type: x })}
        />
        <CsvImport
          label={t('csvImport.importValues')}
          run={(csv, dryRun, numberFormat) => importValues.mutateAsync({ csv, dryRun, numberFormat })}
        />
        {unitId && (
          <Button href={`/api/v1/values/export?${new URLSearchParams({ unitId, period: String(year) })}`}>{t('csvImport.export')}</Button>
        )}
      </div>
      {!unitId ? (
        <Empty description={t('entry.pickUnit')} />
      ) : (
        <QueryState
          loading={unit.isLoading || indicators.isLoading || values.isLoading}
          error={unit.error ?? indicators.error ?? values.error}
          empty={rows.length === 0}
        >
          <FigureGrid
            key={`${unitId}|${year}|${type}`}
            caption={`${unit.data?.name} — ${year}`}
            rows={rows}
            columns={columns}
            stored={stored}
            locked={locked}
            onHistory={(rowKey, period) => {
              const row = rows.find((r) => r.key === rowKey)!;
              const column = columns.find((c) => c.key === period);
              setHistory({
                key: { indicator: row.code, unitId: unitId!, period, categoryOption: row.option || undefined },
                title: `${row.label}, ${column?.label ?? period}`,
              });
            }}
            onSave={async (changes) => {
              await upsert.mutateAsync(
                changes.map((c) => {
                  const row = rows.find((r) => r.key === c.row)!;
                  return {
                    indicator: row.code,
                    categoryOption: row.option || undefined,
                    unitId: unitId!,
                    period: c.column,
                    value: c.value,
                    comment: c.comment,
                    expectedVersion: c.version,
                  };
                }),
              );
            }}
          />
        </QueryState>
      )}
      <ValueHistoryDrawer valueKey={history?.key} title={history?.title ?? ''} onClose={() => setHistory(undefined)} />
    </>
  );
}
