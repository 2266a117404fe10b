import { api, type Page } from '../app/api.js';

/** Messages to DAs (in the app and by text), the org's messaging settings and its templates. */

export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'blocked';
export type Channel = 'in_app' | 'sms';
export type Language = 'en' | 'es';

export interface Message {
  id: string;
  driverId: string;
  channel: Channel;
  topic: string;
  body: string;
  link: string | null;
  status: MessageStatus;
  createdAt: string;
  readAt: string | null;
  toPhone: string | null;
  provider: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
}

export interface OrgMessage extends Message {
  driverName: string;
}

/** Whether a DA gets texts; `inAppOnlyReason` null means yes. */
export interface TextsTo {
  phone: string | null;
  consentAt: string | null;
  optedOutAt: string | null;
  inAppOnlyReason: string | null;
}

export interface MessagingSettings {
  smsEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  ratePerMinute: number;
}

export interface SettingsView extends MessagingSettings {
  provider: 'log' | 'twilio';
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface TemplateText {
  body: string;
  defaultBody: string;
  custom: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Template {
  key: string;
  label: string;
  variables: { name: string; label: string }[];
  texts: Record<Language, TemplateText>;
}

export interface Preview {
  language: Language;
  body: string;
  segments: { encoding: 'GSM-7' | 'UCS-2'; units: number; segments: number };
  delivery: TextsTo | null;
}

export interface MessageFilters {
  status?: string;
  channel?: string;
  from?: string;
  to?: string;
}

export const messagingApi = {
  driverMessages: (driverId: string, cursor?: string) =>
    api.get<Page<Message> & { texts: TextsTo }>(`/drivers/${encodeURIComponent(driverId)}/messages`, {
      limit: 50,
      cursor,
    }),
  messages: (filters: MessageFilters, cursor?: string) =>
    api.get<Page<OrgMessage>>('/messages', { limit: 50, cursor, ...filters }),
  settings: () => api.get<SettingsView>('/messaging/settings'),
  saveSettings: (settings: MessagingSettings) => api.put<SettingsView>('/messaging/settings', settings),
  templates: () => api.get<{ items: Template[] }>('/messaging/templates'),
  saveTemplate: (key: string, language: Language, body: string) =>
    api.put<Template>(`/messaging/templates/${key}/${language}`, { body }),
  resetTemplate: (key: string, language: Language) =>
    api.del<Template>(`/messaging/templates/${key}/${language}`),
  preview: (input: { key: string; language?: Language; driverId?: string; body?: string }) =>
    api.post<Preview>('/messaging/templates/preview', input),
};

export const messagingKeys = {
  all: ['messaging'] as const,
  driver: (driverId: string) => ['messaging', 'driver', driverId] as const,
  list: (filters: MessageFilters) => ['messaging', 'list', filters] as const,
  settings: ['messaging', 'settings'] as const,
  templates: ['messaging', 'templates'] as const,
};
