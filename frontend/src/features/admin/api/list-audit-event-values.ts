import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function auditEventValuesQuery(eventId: number, page: number) {
  return queryOptions({
    queryKey: ['audit', eventId, 'values', page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit/{id}/values', {
          params: { path: { id: eventId }, query: { page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The values one audit event changed (a bulk write is one event per unit), each with its before and after. */
export function useAuditEventValues(eventId: number, page: number) {
  return useQuery(auditEventValuesQuery(eventId, page));
}
