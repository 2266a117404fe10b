/** Messages to DAs (in the app and by text), the org's messaging settings and its templates. */
import { type Answer, answer, type Body, client, type Params } from '../app/api.js';

type DriverMessages = Answer<'/drivers/{id}/messages', 'get'>;
export type Message = DriverMessages['items'][number];
export type OrgMessage = Answer<'/messages', 'get'>['items'][number];
export type MessageStatus = Message['status'];
export type Channel = Message['channel'];
/** Whether a DA gets texts; `inAppOnlyReason` null means yes. */
export type TextsTo = DriverMessages['texts'];
export type MessagingSettings = Body<'/messaging/settings', 'put'>;
export type SettingsView = Answer<'/messaging/settings', 'get'>;
export type Template = Answer<'/messaging/templates', 'get'>['items'][number];
export type Language = keyof Template['texts'];
export type TemplateText = Template['texts'][Language];
export type Preview = Answer<'/messaging/templates/preview', 'post'>;
export type MessageFilters = Omit<Params<'/messages', 'get'>, 'limit' | 'cursor'>;

const template = (key: string, language: Language) => ({ params: { path: { key, language } } });

export const messagingApi = {
  driverMessages: (id: string, cursor?: string) =>
    answer(client.GET('/drivers/{id}/messages', { params: { path: { id }, query: { limit: 50, cursor } } })),
  messages: (filters: MessageFilters, cursor?: string) =>
    answer(client.GET('/messages', { params: { query: { limit: 50, cursor, ...filters } } })),
  settings: () => answer(client.GET('/messaging/settings')),
  saveSettings: (settings: MessagingSettings) =>
    answer(client.PUT('/messaging/settings', { body: settings })),
  templates: () => answer(client.GET('/messaging/templates')),
  saveTemplate: (key: string, language: Language, body: string) =>
    answer(
      client.PUT('/messaging/templates/{key}/{language}', { ...template(key, language), body: { body } }),
    ),
  resetTemplate: (key: string, language: Language) =>
    answer(client.DELETE('/messaging/templates/{key}/{language}', template(key, language))),
  preview: (input: Body<'/messaging/templates/preview', 'post'>) =>
    answer(client.POST('/messaging/templates/preview', { body: input })),
};

export const messagingKeys = {
  all: ['messaging'] as const,
  driver: (driverId: string) => ['messaging', 'driver', driverId] as const,
  list: (filters: MessageFilters) => ['messaging', 'list', filters] as const,
  settings: ['messaging', 'settings'] as const,
  templates: ['messaging', 'templates'] as const,
};
