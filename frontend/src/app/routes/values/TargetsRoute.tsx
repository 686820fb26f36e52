import { Button, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/access/api/get-session';
import { QueryState } from '@/components/QueryState';
import { useIndicators } from '@/features/indicators/api/list-indicators';
import { todayInVietnam } from '@/lib/dates';
import { useUnitTargets } from '@/features/values/api/list-targets';
import { useImportTargets } from '@/features/values/api/import-targets';
import { useUpsertTargets } from '@/features/values/api/upsert-targets';
import { CsvImport } from '@/features/values/components/CsvImport';
import { UnitYearFields } from '@/features/values/components/UnitYearFields';
import { FigureGrid, type StoredFigure } from '@/features/values/components/FigureGrid';
import { termOf } from '@/lib/periods';
import { termName } from '@/lib/terms';

/** A unit's targets for a year and for its congress term, every active indicator. */
export function TargetsRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The cadre's own unit unless another is chosen.
  const own = useSession().data?.unit?.id;
  const unitId = params.get('unitId') ?? own;
  const year = Number(params.get('year') ?? todayInVietnam().slice(0, 4));
  const term = termOf(year);
  const set = (patch: Record<string, string | undefined>) =>
    setParams(Object.fromEntries(Object.entries({ unitId, year: String(year), ...patch }).filter(([, v]) => v)) as Record<string, string>);
  const indicators = useIndicators();
  const yearly = useUnitTargets(unitId, String(year));
  const termly = useUnitTargets(unitId, term);
  const upsert = useUpsertTargets();
  const importTargets = useImportTargets();
  const rows = useMemo(
    () =>
      (indicators.data?.items ?? [])
        .filter((i) => i.active)
        .map((i) => ({
          key: i.code!,
          label: (i18n.language === 'en' ? (i.nameEn ?? i.name) : i.name) ?? i.code!,
          hint: `${i.code} · ${termName(i.unitOfMeasureName, i18n.language)}`,
        })),
    [indicators.data, i18n.language],
  );
  const stored = useMemo(
    () =>
      new Map<string, StoredFigure>(
        [...(yearly.data?.items ?? []), ...(termly.data?.items ?? [])]
          .filter((x) => x.period === String(year) || x.period === term)
          .map((x) => [`${x.indicator}|${x.period}`, { value: Number(x.value), version: x.version, comment: x.comment }]),
      ),
    [yearly.data, termly.data, year, term],
  );
  const columns = [
    { key: String(year), label: `${t('entry.year')} ${year}` },
    { key: term, label: term },
  ];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('entry.targetsTitle')}
      </Typography.Title>
      <div className="toolbar">
        <UnitYearFields unitId={unitId} year={year} onChange={set} />
        <CsvImport
          label={t('csvImport.importTargets')}
          run={(csv, dryRun, numberFormat) => importTargets.mutateAsync({ csv, dryRun, numberFormat })}
        />
        {unitId && <Button href={`/api/v1/targets/export?${new URLSearchParams({ unitId })}`}>{t('csvImport.export')}</Button>}
      </div>
      {!unitId ? (
        <Empty description={t('entry.pickUnit')} />
      ) : (
        <QueryState
          loading={indicators.isLoading || yearly.isLoading || termly.isLoading}
          error={indicators.error ?? yearly.error ?? termly.error}
        >
          <FigureGrid
            key={`${unitId}|${year}`}
            caption={t('entry.targetsTitle')}
            rows={rows}
            columns={columns}
            stored={stored}
            onSave={async (changes) => {
              await upsert.mutateAsync(
                changes.map((c) => ({ indicator: c.row, unitId: unitId!, period: c.column, value: c.value, comment: c.comment })),
              );
            }}
          />
        </QueryState>
      )}
    </>
  );
}
