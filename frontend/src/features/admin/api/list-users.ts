import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type UserFilter = { unitId?: string; q?: string; page: number };

export function usersQuery(filter: UserFilter) {
  return queryOptions({
    queryKey: ['users', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/users', {
          params: { query: { unitId: filter.unitId, q: filter.q || undefined, page: filter.page, size: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Accounts of the unit's subtree (the caller's scope), 20 a page. */
export function useUsers(filter: UserFilter) {
  return useQuery(usersQuery(filter));
}
