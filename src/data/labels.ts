import type { DocumentKind, EventType, Level } from './schema';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  'phone-call': 'Phone call',
  'press-statement': 'Press statement',
  'diplomatic-protest': 'Diplomatic protest',
  agreement: 'Agreement',
  ceremony: 'Ceremony',
  conference: 'Conference',
  letter: 'Letter',
  consultations: 'Political consultations',
  'commission-session': 'Intergovernmental commission',
  other: 'Other',
};

export const LEVEL_LABELS: Record<Level, string> = {
  'head-of-state': 'Head of state',
  'head-of-government': 'Head of government',
  parliament: 'Parliament',
  'foreign-minister': 'Foreign minister',
  minister: 'Minister',
  official: 'Official',
};

/**
 * The visit chart groups ministers and officials together as "Other". Parliament is a branch
 * of its own, so a speaker's visit is coded neither as a head of state's nor as an official's.
 */
export const LEVEL_GROUPS = [
  'head-of-state',
  'head-of-government',
  'parliament',
  'foreign-minister',
  'other',
] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

export const LEVEL_GROUP_LABELS: Record<LevelGroup, string> = {
  'head-of-state': 'Head of state',
  'head-of-government': 'Head of government',
  parliament: 'Speaker or parliamentary delegation',
  'foreign-minister': 'Foreign minister',
  other: 'Other minister or official',
};

export function levelGroupOf(level: Level): LevelGroup {
  return level === 'minister' || level === 'official' ? 'other' : level;
}

export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  agreement: 'Agreement',
  memorandum: 'Memorandum',
  declaration: 'Declaration',
  protocol: 'Protocol',
  programme: 'Programme',
  treaty: 'Treaty',
  other: 'Document',
};
