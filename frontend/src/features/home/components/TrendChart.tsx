import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatNumber } from '@/lib/format';

// Only what the chart uses, rendered as SVG: a fraction of the full ECharts bundle, and testable without canvas.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type Series = { name: string; values: (number | null)[] };

/** Months of this year as bars, the same months of last year as a line. */
export function TrendChart({
  labels,
  current,
  previous,
  lng,
  title,
}: {
  labels: string[];
  current: Series;
  previous: Series;
  lng: string;
  title: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatNumber(v as number, lng) },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, lng) } },
    series: [
      { type: 'bar', name: current.name, data: current.values, itemStyle: { color: '#9e1068' } },
      { type: 'line', name: previous.name, data: previous.values, itemStyle: { color: '#595959' } },
    ],
  };
  useEffect(() => {
    const chart = echarts.init(host.current!, undefined, { renderer: 'svg' });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    echarts.getInstanceByDom(host.current!)?.setOption(option, { notMerge: true });
  });
  return <div ref={host} role="img" aria-label={title} style={{ height: 280 }} />;
}
