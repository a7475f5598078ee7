import type { EventType, Level } from '../data/schema';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  'phone-call': 'Phone call',
  'press-statement': 'Press statement',
  'diplomatic-protest': 'Diplomatic protest',
  agreement: 'Agreement',
  ceremony: 'Ceremony',
  conference: 'Conference',
  other: 'Other',
};

export const LEVEL_LABELS: Record<Level, string> = {
  'head-of-state': 'Head of state',
  'head-of-government': 'Head of government',
  'foreign-minister': 'Foreign minister',
  minister: 'Minister',
  official: 'Official',
};

/** The visit chart groups ministers and officials together as "Other". */
export const LEVEL_GROUPS = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'other',
] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

export const LEVEL_GROUP_LABELS: Record<LevelGroup, string> = {
  'head-of-state': 'Head of state',
  'head-of-government': 'Head of government',
  'foreign-minister': 'Foreign minister',
  other: 'Other minister or official',
};

export function levelGroupOf(level: Level): LevelGroup {
  return level === 'minister' || level === 'official' ? 'other' : level;
}

export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
