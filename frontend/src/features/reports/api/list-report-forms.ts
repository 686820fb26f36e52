import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export const reportFormsQuery = queryOptions({
  queryKey: ['report-forms'],
  queryFn: async () => unwrap(await api.GET('/api/v1/report-forms')),
  staleTime: 10 * 60_000,
});

export function useReportForms() {
  return useQuery(reportFormsQuery);
}
