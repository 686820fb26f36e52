import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: components['schemas']['Credentials']) =>
      unwrap(await api.POST('/api/v1/session', { body: credentials })),
    onSuccess: (user) => {
      // Nothing cached for a previous user survives; the session itself is known at once.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      client.setQueryData(['session'], user);
    },
  });
}
