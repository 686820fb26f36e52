import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

/** Signs in; `continuing` is the account whose session just expired, whose screens and cached data stay as they are. */
export function useSignIn(continuing?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: components['schemas']['Credentials']) =>
      unwrap(await api.POST('/api/v1/session', { body: credentials })),
    onSuccess: (user) => {
      // Nothing cached for a previous user survives; the session itself is known at once.
      if (user.id !== continuing) client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      client.setQueryData(['session'], user);
    },
  });
}
