import type { components } from '@/api/schema';
import type { TagColour } from '@/components/StatusTag';

/** Achievement statuses as tag colours (kept apart from the table so light screens need not load it). */
export const STATUS_COLOURS: Record<components['schemas']['AchievementStatus'], TagColour> = {
  EXCEEDED: 'green',
  MET: 'cyan',
  PARTIAL: 'gold',
  NOT_MET: 'red',
  NO_TARGET: 'default',
  NO_DATA: 'default',
};
