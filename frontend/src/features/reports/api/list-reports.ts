import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function unitReportsQuery(unitId: string, form: string, period: string) {
  return queryOptions({
    queryKey: ['reports', 'unit', unitId, form, period],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports', { params: { query: { unitId, form, period } } })),
  });
}

/** The unit's own report of a form and period (the list holds at most one). */
export function useUnitReport(unitId: string | undefined, form: string, period: string) {
  return useQuery({ ...unitReportsQuery(unitId ?? '', form, period), enabled: !!unitId, select: (page) => page.items?.[0] });
}

/** The unit's reports of every form within a period (a year: its monthly, quarterly, half-year and annual reports). */
export function useReportsWithin(unitId: string | undefined, period: string) {
  return useQuery({
    queryKey: ['reports', 'within', unitId, period],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports', { params: { query: { unitId, period, size: 100 } } })),
    enabled: !!unitId,
  });
}
