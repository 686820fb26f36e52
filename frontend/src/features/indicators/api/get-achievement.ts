import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type AchievementQuery = NonNullable<paths['/api/v1/analytics/achievement']['get']['parameters']['query']>;

export function achievementQuery(query: AchievementQuery) {
  return queryOptions({
    queryKey: ['analytics', 'achievement', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/analytics/achievement', { params: { query } })),
    enabled: Boolean(query.unitId),
  });
}

export function useAchievement(query: AchievementQuery) {
  return useQuery(achievementQuery(query));
}
