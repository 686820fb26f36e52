import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type AuditFilter = { unitId?: string; entity?: string; from?: string; to?: string; page: number };

export function auditEventsQuery(filter: AuditFilter) {
  return queryOptions({
    queryKey: ['audit', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit', {
          params: {
            query: {
              unitId: filter.unitId,
              descendants: true,
              entity: filter.entity,
              from: filter.from,
              to: filter.to,
              page: filter.page,
              size: 25,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Who changed what in the unit's subtree, newest first. */
export function useAuditEvents(filter: AuditFilter) {
  return useQuery(auditEventsQuery(filter));
}
