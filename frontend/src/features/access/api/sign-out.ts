import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/v1/session');
    },
    // Nothing of the previous user stays in memory.
    onSettled: () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      void client.resetQueries({ queryKey: ['session'] });
    },
  });
}
