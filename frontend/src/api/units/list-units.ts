import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import type { components } from '@/api/schema';

type Level = components['schemas']['UnitLevel'];

export function unitsQuery(params: { asOf: string; q?: string; level?: Level }) {
  return queryOptions({
    queryKey: ['units', 'list', params],
    queryFn: async () => {
      return unwrap(
        await api.GET('/api/v1/units', {
          params: { query: { asOf: params.asOf, q: params.q, level: params.level, size: 50 } },
        }),
      );
    },
  });
}

export function useUnits(params: { asOf: string; q?: string; level?: Level }) {
  return useQuery(unitsQuery(params));
}
