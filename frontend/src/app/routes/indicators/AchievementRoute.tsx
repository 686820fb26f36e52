import { Button, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '@/features/access/api/get-session';
import { QueryState } from '@/components/QueryState';
import { PeriodInput } from '@/components/PeriodInput';
import { UnitSelect } from '@/components/UnitSelect';
import { formatPeriod } from '@/lib/periods';
import { todayInVietnam } from '@/lib/dates';
import { useAchievement } from '@/features/indicators/api/get-achievement';
import { AchievementTable } from '@/features/indicators/components/AchievementTable';

/** Achievement of a unit for a period: as reported, or restated to today's structure; printable. */
export function AchievementRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The cadre's own unit unless another is chosen.
  const own = useSession().data?.unit?.id;
  const unitId = params.get('unitId') ?? own;
  const lastYear = String(Number(todayInVietnam().slice(0, 4)) - 1);
  const period = params.get('period') ?? lastYear;
  const targetPeriod = params.get('targetPeriod') || undefined;
  const restated = params.get('structureAsOf') !== null;
  const report = useAchievement({ unitId: unitId ?? '', period, targetPeriod, structureAsOf: restated ? todayInVietnam() : undefined });
  const set = (patch: Record<string, string | undefined>) => {
    const next = Object.fromEntries(
      Object.entries({
        unitId,
        period,
        targetPeriod,
        structureAsOf: restated ? (params.get('structureAsOf') ?? '') : undefined,
        ...patch,
      }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    setParams(next);
  };
  // The Union's nine-month review: January–September against the whole year's targets.
  const year = /^\d{4}/.exec(period)?.[0] ?? lastYear;
  const summary = i18n.language === 'en' ? report.data?.summary?.textEn : report.data?.summary?.text;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.achievement')}
      </Typography.Title>
      <div className="toolbar no-print">
        <label>
          <div>{t('activities.unit')}</div>
          <UnitSelect value={unitId} onChange={(v) => set({ unitId: v })} />
        </label>
        <label>
          <div>{t('activities.period')}</div>
          <PeriodInput ariaLabel={t('activities.period')} value={period} onChange={(p) => p && set({ period: p })} />
        </label>
        <label>
          <div>{t('indicators.targetPeriod')}</div>
          <PeriodInput
            ariaLabel={t('indicators.targetPeriod')}
            value={targetPeriod}
            allowEmpty
            placeholder={t('indicators.targetPeriodSame')}
            onChange={(p) => set({ targetPeriod: p })}
          />
        </label>
        <Button onClick={() => set({ period: `${year}-01-01..${year}-09-30`, targetPeriod: year })}>
          {t('indicators.nineMonthReview')}
        </Button>
        <Segmented
          aria-label={t('indicators.restated')}
          value={restated ? 'restated' : 'reported'}
          options={[
            { value: 'reported', label: t('indicators.asReported') },
            { value: 'restated', label: t('indicators.restated') },
          ]}
          onChange={(v) => set({ structureAsOf: v === 'restated' ? '' : undefined })}
        />
        <Button onClick={() => window.print()}>{t('app.print')}</Button>
        {unitId && (
          <Button
            href={`/api/v1/analytics/achievement/export?${new URLSearchParams({
              unitId,
              period,
              ...(targetPeriod ? { targetPeriod } : {}),
              ...(restated ? { structureAsOf: todayInVietnam() } : {}),
            })}`}
          >
            {t('activities.exportExcel')}
          </Button>
        )}
      </div>
      {unitId && (
        <QueryState loading={report.isLoading} error={report.error} retry={() => void report.refetch()}>
          {report.data && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Title level={2} className="wrap" style={{ fontSize: 18 }}>
                {report.data.unit?.name} — {formatPeriod(report.data.period!, i18n.language)}
                {report.data.targetPeriod &&
                  report.data.targetPeriod !== report.data.period &&
                  ` (${t('indicators.againstTargetsOf', { period: formatPeriod(report.data.targetPeriod, i18n.language) })})`}
              </Typography.Title>
              <Typography.Text strong>{summary}</Typography.Text>
              <AchievementTable report={report.data} />
            </Space>
          )}
        </QueryState>
      )}
    </>
  );
}
