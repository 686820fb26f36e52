import type { components } from '@/api/schema';
import type { TagColour } from '@/components/StatusTag';

/** Activity statuses as tag colours, the same in lists and on an activity's page. */
export const STATUS_COLOURS: Record<components['schemas']['ActivityStatus'], TagColour> = {
  PLANNED: 'blue',
  DONE: 'green',
  CANCELLED: 'default',
};
