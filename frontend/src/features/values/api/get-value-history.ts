import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ValueKey = { indicator: string; unitId: string; period: string; categoryOption?: string };

export function valueHistoryQuery(key: ValueKey, page: number) {
  return queryOptions({
    queryKey: ['values', 'history', key, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/values/history', {
          params: { query: { ...key, page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Every change of one value, newest first: who, when, before and after. Nothing is asked until a value is picked. */
export function useValueHistory(key: ValueKey | undefined, page: number) {
  return useQuery({ ...valueHistoryQuery(key ?? { indicator: '', unitId: '', period: '' }, page), enabled: !!key });
}
