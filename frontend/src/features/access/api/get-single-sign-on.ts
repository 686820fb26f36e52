import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

/** Whether the sign-in page offers the single sign-on provider, and under which name. */
export function useSingleSignOn() {
  return useQuery({
    queryKey: ['session', 'sso'],
    queryFn: async () => unwrap(await api.GET('/api/v1/session/sso/settings')),
    staleTime: Infinity,
  });
}
