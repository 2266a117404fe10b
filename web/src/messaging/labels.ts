import type { Channel, Language, MessageStatus } from './api.js';

export const STATUS_LABELS: Record<MessageStatus, string> = {
  queued: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Failed',
  blocked: 'Blocked',
};

export const STATUS_TONES: Record<MessageStatus, 'good' | 'bad' | 'neutral' | 'warn'> = {
  queued: 'warn',
  sent: 'neutral',
  delivered: 'good',
  failed: 'bad',
  blocked: 'bad',
};

export const CHANNEL_LABELS: Record<Channel, string> = { in_app: 'In the app', sms: 'Text' };

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish' };

const TOPICS: Record<string, string> = {
  week_published: 'Week published',
  shift_changed: 'Shift changed',
  route_assigned: 'Route',
  route_removed: 'Route removed',
  time_off_decided: 'Time off',
};

export const topicLabel = (topic: string): string => TOPICS[topic] ?? topic.replaceAll('_', ' ');

/** What a body costs by SMS, e.g. "2 texts · UCS-2 · 95 characters (67 a part)". */
export function segmentsLabel(s: { encoding: 'GSM-7' | 'UCS-2'; units: number; segments: number }): string {
  const [single, part] = s.encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const count = s.segments === 1 ? '1 text' : `${s.segments} texts`;
  const per = s.segments > 1 ? `${part} a part` : `up to ${single}`;
  return `${count} · ${s.encoding} · ${s.units} characters (${per})`;
}
