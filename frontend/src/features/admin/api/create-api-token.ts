import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ApiTokenCreate = components['schemas']['ApiTokenCreate'];

/** Creates a token; the answer holds its secret, shown once and never again. */
export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiTokenCreate) => unwrap(await api.POST('/api/v1/api-tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}
