import { Col, Row, Spin, Statistic, Typography } from 'antd';
import { Panel } from '@/components/Panel';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { useSession } from '@/features/access/api/get-session';
import { useActivities } from '@/features/activities/api/list-activities';
import { useAchievement } from '@/features/indicators/api/get-achievement';
import { STATUS_COLOURS } from '@/features/indicators/components/status-colours';
import { useUnits } from '@/api/units/list-units';
import { UnitSelect } from '@/components/UnitSelect';
import { formatDateVi, todayInVietnam } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { useAnalyticsValues } from '@/features/home/api/get-analytics-values';
// ECharts is the largest library here (~190 KB gzipped): loaded after the page, not before it.
const TrendChart = lazy(async () => ({ default: (await import('@/features/home/components/TrendChart')).TrendChart }));

const TREND = 'VWU-ACT-ALL';

/**
 * A unit's year at a glance — the signed-in cadre's own unit unless another is chosen: indicators against targets,
 * activities month by month against last year, recent activities.
 */
export function HomeRoute() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  // The cadre's own unit first (a commune's cadre sees their commune); the central union only without a session unit.
  const own = useSession().data?.unit?.id;
  const central = useUnits({ asOf: today, level: 'CENTRAL' });
  const unitId = params.get('unitId') ?? own ?? central.data?.items?.[0]?.id;
  const report = useAchievement({ unitId: unitId ?? '', period: String(year) });
  const trend = useAnalyticsValues({ unitId: unitId ?? '', period: String(year), indicator: [TREND], by: 'PERIOD' });
  const lastYear = useAnalyticsValues({ unitId: unitId ?? '', period: String(year - 1), indicator: [TREND], by: 'PERIOD' });
  const recent = useActivities({ unitId, size: 8, status: 'DONE' });
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const byMonth = (rows: { period?: string; value?: number | string }[] | undefined, y: number) =>
    months.map((m) => {
      const r = rows?.find((x) => x.period === `${y}-${m}`);
      return r?.value === undefined ? null : Number(r.value);
    });
  const withTarget = (report.data?.rows ?? []).filter((r) => r.target !== undefined).slice(0, 8);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('home.title', { year })}
      </Typography.Title>
      <div className="toolbar">
        <label>
          <div>{t('activities.unit')}</div>
          <UnitSelect value={unitId} onChange={(v) => v && setParams({ unitId: v })} />
        </label>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Panel title={t('home.keyIndicators')}>
            <QueryState
              loading={report.isLoading || central.isLoading}
              error={report.error}
              empty={report.data && report.data.rows?.length === 0}
            >
              <Typography.Paragraph strong>{lng === 'en' ? report.data?.summary?.textEn : report.data?.summary?.text}</Typography.Paragraph>
              <Row gutter={[12, 12]}>
                {(withTarget.length ? withTarget : (report.data?.rows ?? []).slice(0, 8)).map((r) => (
                  <Col xs={24} sm={12} key={r.indicator}>
                    <div className="figure-box">
                      <Statistic
                        title={<span className="wrap">{r.name}</span>}
                        value={r.actual === undefined ? '–' : formatNumber(Number(r.actual), lng, 2)}
                        suffix={
                          r.target === undefined ? undefined : <span className="muted">/ {formatNumber(Number(r.target), lng, 2)}</span>
                        }
                      />
                      <StatusTag colour={STATUS_COLOURS[r.status!]}>{t(`indicators.statuses.${r.status!}`)}</StatusTag>
                    </div>
                  </Col>
                ))}
              </Row>
              <p>
                <Link to={`/achievement?unitId=${unitId}&period=${year}`}>{t('nav.achievement')} →</Link>
              </p>
            </QueryState>
          </Panel>
        </Col>
        <Col xs={24} lg={10}>
          <Panel title={t('home.trend')}>
            <QueryState loading={trend.isLoading} error={trend.error ?? lastYear.error}>
              <Suspense fallback={<Spin style={{ display: 'block', height: 280 }} />}>
                <TrendChart
                  lng={lng}
                  title={t('home.trend')}
                  labels={months.map((m) => (lng === 'en' ? m : `T${Number(m)}`))}
                  current={{ name: String(year), values: byMonth(trend.data?.rows, year) }}
                  previous={{ name: String(year - 1), values: byMonth(lastYear.data?.rows, year - 1) }}
                />
              </Suspense>
            </QueryState>
          </Panel>
          <Panel title={t('units.activities')} extra={<Link to={`/activities?unitId=${unitId ?? ''}`}>{t('nav.activities')}</Link>}>
            <QueryState loading={recent.isLoading} error={recent.error} empty={recent.data?.total === 0}>
              <ul className="plain-list">
                {(recent.data?.items ?? []).map((a) => (
                  <li key={a.id} className="wrap">
                    {formatDateVi(a.activityDate!)} — {a.title} <span className="muted">({a.unit?.name})</span>
                  </li>
                ))}
              </ul>
            </QueryState>
          </Panel>
        </Col>
      </Row>
    </>
  );
}
